package org.privatefiles.adapter.filestore;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Makes a folder's entries (a rename, a new sub-folder) durable by fsyncing the folder itself. */
final class FolderSync {
    private FolderSync() {
    }

    static void force(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            try {
                channel.force(true);
            } catch (IOException notSupportedForFolders) {
                // Some filesystems refuse fsync on a directory; Linux and macOS filesystems do not.
            }
        }
    }
}
