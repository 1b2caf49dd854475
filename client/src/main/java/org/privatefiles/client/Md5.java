package org.privatefiles.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** MD5 digests of files and ranges of files, as hex (the service's etags and file_hash) or base64 (Content-MD5). */
final class Md5 {
    private static final int BUFFER = 1024 * 1024;

    private Md5() {
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest of {@code length} bytes from {@code offset}, fed into {@code digest} (which is returned). */
    static MessageDigest update(MessageDigest digest, Path file, long offset, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long position = offset;
            long end = offset + length;
            while (position < end) {
                buffer.clear().limit((int) Math.min(BUFFER, end - position));
                int n = channel.read(buffer, position);
                if (n < 0) {
                    throw new IOException(file + " ended at " + position + " bytes; it changed while being sent");
                }
                digest.update(buffer.array(), 0, n);
                position += n;
            }
        }
        return digest;
    }

    static String hex(byte[] md5) {
        return HexFormat.of().formatHex(md5);
    }

    static String base64OfHex(String hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }
}
