package org.privatefiles.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes small secret files (keys, tokens) readable by the owner only, replacing them atomically. */
final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {
    }

    /** A new temp file beside {@code target} holding {@code text}, owner-only and flushed to disk. */
    static Path writeTemp(Path target, String text) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temp = target.resolveSibling("." + target.getFileName() + "-" + System.nanoTime() + ".tmp");
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temp);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(text));
                channel.force(true);
            }
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code target} with {@code text} atomically. */
    static void write(Path target, String text) {
        moveInto(writeTemp(target, text), target);
    }

    static void moveInto(Path temp, Path target) {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
