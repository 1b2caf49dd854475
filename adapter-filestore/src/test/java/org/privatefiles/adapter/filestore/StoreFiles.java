package org.privatefiles.adapter.filestore;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.privatefiles.domain.file.Md5;

/** Test support: what is on disk under a folder. */
final class StoreFiles {
    private StoreFiles() {
    }

    /** Every regular file under the folder, at any depth. */
    static List<Path> under(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every unfinished write (temp file) under the folder. */
    static List<Path> tempFilesUnder(Path folder) {
        return under(folder).stream().filter(StoreLayout::isTemp).toList();
    }

    /** MD5 hex of everything the stream holds; closes it. */
    static String md5(InputStream in) {
        MessageDigest digest = Md5.newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Md5.hex(digest);
    }
}
