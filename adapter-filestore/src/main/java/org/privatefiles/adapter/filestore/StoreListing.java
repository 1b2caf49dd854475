package org.privatefiles.adapter.filestore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;
import org.privatefiles.application.port.out.StoredKey;

/** Walks the fan-out folders: lists the complete keys and removes old unfinished writes. */
final class StoreListing {
    private final StoreLayout layout;

    StoreListing(StoreLayout layout) {
        this.layout = layout;
    }

    /** Every complete key with its last-modified time, lazily; the stream must be closed. */
    Stream<StoredKey> keys() {
        return files().flatMap(file -> layout.keyOf(file)
                .flatMap(key -> FileFacts.of(file).map(facts -> new StoredKey(key, facts.lastModifiedTime().toInstant())))
                .stream());
    }

    /** Deletes the temp files last modified before the cutoff; how many. */
    int removeUnfinishedBefore(Instant cutoff) {
        int removed = 0;
        try (Stream<Path> files = files()) {
            for (Iterator<Path> temps = files.filter(StoreLayout::isTemp).iterator(); temps.hasNext(); ) {
                Path temp = temps.next();
                boolean old = FileFacts.of(temp).map(facts -> facts.lastModifiedTime().toInstant().isBefore(cutoff)).orElse(false);
                if (old && Files.deleteIfExists(temp)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    /** Every regular file two folders below the root (complete keys, unfinished writes, strays). */
    private Stream<Path> files() {
        Path root = layout.root();
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.walk(root, 3)
                    .filter(path -> root.relativize(path).getNameCount() == 3)
                    .filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
