package org.privatefiles.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The data dir: created on first use, readable by the owner only (it holds the database, the files and the keys). */
final class DataDir {
    private DataDir() {
    }

    static Path ensure(Path dataDir) {
        if (Files.isDirectory(dataDir)) {
            return dataDir;
        }
        try {
            try {
                Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(dataDir);
            }
            return dataDir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data dir " + dataDir, e);
        }
    }
}
