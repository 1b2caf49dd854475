package org.privatefiles.adapter.filestore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.privatefiles.application.port.out.StoredContent;
import org.privatefiles.application.port.out.ContentKeys;

/** One all-or-nothing write: a temp file beside the final one, filled and hashed, fsynced, renamed into place, folders fsynced. */
final class AtomicFileWriter {
    private final StoreLayout layout;
    private final HashingCopy copy;

    AtomicFileWriter(StoreLayout layout, HashingCopy copy) {
        this.layout = layout;
        this.copy = copy;
    }

    StoredContent write(InputStream content, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        String key = ContentKeys.newKey();
        Path folder = layout.folderOf(key);
        Path ours = null;
        try {
            Files.createDirectories(folder, OwnerOnly.folder());
            ours = layout.newTempFileIn(folder);
            Copied copied;
            try (FileChannel out = FileChannel.open(ours, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    OwnerOnly.file())) {
                copied = copy.copy(content, out, maxBytes);
                out.force(true);
            }
            Path file = folder.resolve(key);
            Files.move(ours, file, StandardCopyOption.ATOMIC_MOVE);
            ours = file;
            // The new name, and any fan-out folder made for it, must survive a crash too.
            FolderSync.force(folder);
            FolderSync.force(folder.getParent());
            FolderSync.force(layout.root());
            return new StoredContent(key, copied.size(), copied.md5());
        } catch (IOException e) {
            deleteAfterFailure(ours, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            deleteAfterFailure(ours, e);
            throw e;
        }
    }

    private static void deleteAfterFailure(Path ours, Throwable failure) {
        if (ours == null) {
            return;
        }
        try {
            Files.deleteIfExists(ours);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
