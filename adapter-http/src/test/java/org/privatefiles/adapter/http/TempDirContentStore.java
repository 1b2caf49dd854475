package org.privatefiles.adapter.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.StoredContent;
import org.privatefiles.application.port.out.StoredKey;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.failure.TooLargeException;
import org.privatefiles.domain.file.Md5;

/** Benchmark helper: a minimal content store on a temp dir (MD5 inline, no fsync), so transfer speed is not bounded by memory. */
final class TempDirContentStore implements ContentStore {
    private static final int BUFFER = 256 * 1024;
    private final Path dir;
    private final boolean hash;
    private final boolean keep;

    /** {@code hash}: compute MD5 inline; {@code keep}: write the bytes to disk (else they are read and dropped). */
    TempDirContentStore(Path dir, boolean hash, boolean keep) {
        this.dir = dir;
        this.hash = hash;
        this.keep = keep;
    }

    @Override
    public StoredContent write(InputStream content, long maxBytes) {
        String key = UUID.randomUUID().toString();
        Path target = dir.resolve(key);
        MessageDigest md5 = Md5.newDigest();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                if (hash) {
                    md5.update(buffer, 0, n);
                }
                ByteBuffer wrapped = ByteBuffer.wrap(buffer, 0, n);
                while (keep && wrapped.hasRemaining()) {
                    out.write(wrapped);
                }
            }
        } catch (IOException e) {
            delete(key);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(key);
            throw e;
        }
        return new StoredContent(key, size, Md5.hex(md5));
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(dir.resolve(key));
            channel.position(offset);
            InputStream in = Channels.newInputStream(channel);
            return new FilterInputStream(in) {
                private long left = length;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = super.read(b, off, (int) Math.min(len, left));
                    if (n > 0) {
                        left -= n;
                    }
                    return n;
                }
            };
        } catch (NoSuchFileException e) {
            throw new NotFoundException("Not found.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long size(String key) {
        try {
            return Files.size(dir.resolve(key));
        } catch (IOException e) {
            throw new NotFoundException("Not found.");
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(dir.resolve(key));
    }

    @Override
    public boolean delete(String key) {
        try {
            return Files.deleteIfExists(dir.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Stream<StoredKey> keys() {
        return Stream.empty();
    }

    @Override
    public int removeUnfinishedWritesBefore(Instant cutoff) {
        return 0;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }
}
