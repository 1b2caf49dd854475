package org.privatefiles.adapter.filestore;

import java.nio.file.Path;
import java.util.Optional;
import org.privatefiles.application.port.out.ContentKeys;

/** Where things live under the root: key {@code abcd...} at {@code root/ab/cd/abcd...}, unfinished writes as {@code .tmp-*} beside it. */
final class StoreLayout {
    static final String TEMP_PREFIX = ".tmp-";

    private final Path root;

    StoreLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The file of a key; empty for anything that is not a key of this store's shape. */
    Optional<Path> fileOf(String key) {
        if (!ContentKeys.isKey(key)) {
            return Optional.empty();
        }
        Path file = folderOf(key).resolve(key);
        return file.normalize().startsWith(root) ? Optional.of(file) : Optional.empty();
    }

    Path folderOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4));
    }

    Path newTempFileIn(Path folder) {
        return folder.resolve(TEMP_PREFIX + ContentKeys.newKey());
    }

    static boolean isTemp(Path file) {
        return file.getFileName().toString().startsWith(TEMP_PREFIX);
    }

    /** The key a file found under the root stands for; empty unless it is a complete key in its own folder. */
    Optional<String> keyOf(Path file) {
        String name = file.getFileName().toString();
        return ContentKeys.isKey(name) && file.equals(folderOf(name).resolve(name)) ? Optional.of(name) : Optional.empty();
    }
}
