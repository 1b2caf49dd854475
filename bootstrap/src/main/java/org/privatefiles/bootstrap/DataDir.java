package org.privatefiles.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data dir: readable by the owner only (it holds the database, the files and the keys).
 * Created so; an existing one that the group or others may read is tightened, with a warning.
 */
final class DataDir {
    private static final Logger LOG = LoggerFactory.getLogger(DataDir.class);

    private DataDir() {
    }

    static Path ensure(Path dataDir) {
        try {
            if (!Files.isDirectory(dataDir)) {
                OwnerOnlyFiles.createFolders(dataDir);
                return dataDir;
            }
            List<Path> tightened = tighten(dataDir);
            if (!tightened.isEmpty()) {
                LOG.warn("The data dir {} was readable by others; made owner-only: {}", dataDir, tightened);
            }
            return dataDir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create or secure the data dir " + dataDir, e);
        }
    }

    /** Makes what others created in the data dir owner-only (H2 creates its database file with the process umask). */
    static void secureCreatedFiles(Path dataDir) {
        try {
            tighten(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot secure the data dir " + dataDir, e);
        }
    }

    /** The folder and its direct entries made owner-only; returns those that were not. Deeper content is the file store's. */
    private static List<Path> tighten(Path dataDir) throws IOException {
        var changed = new ArrayList<Path>();
        if (OwnerOnlyFiles.restrictToOwner(dataDir)) {
            changed.add(dataDir);
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            for (Path entry : entries.toList()) {
                if (!Files.isSymbolicLink(entry) && OwnerOnlyFiles.restrictToOwner(entry)) {
                    changed.add(entry.getFileName());
                }
            }
        }
        return changed;
    }
}
