package org.privatefiles.adapter.filestore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.StoredContent;
import org.privatefiles.application.port.out.StoredKey;
import org.privatefiles.domain.failure.NotFoundException;

/** Persistence adapter: content in files under a root folder, each written atomically and durably under a random key. */
public final class LocalDiskContentStore implements ContentStore {
    private final StoreLayout layout;
    private final AtomicFileWriter writer;
    private final StoreListing listing;

    /** A store keeping its files under {@code root}, which is created when missing. */
    public LocalDiskContentStore(Path root) {
        this(root, HashingCopy.FLUSH_STEP);
    }

    /** A store that starts an early flush every {@code flushStep} bytes of a write (tests and the bench vary it). */
    LocalDiskContentStore(Path root, long flushStep) {
        this.layout = new StoreLayout(root);
        this.writer = new AtomicFileWriter(layout, new HashingCopy(flushStep));
        this.listing = new StoreListing(layout);
        try {
            Files.createDirectories(layout.root(), OwnerOnly.folder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public StoredContent write(InputStream content, long maxBytes) {
        return writer.write(content, maxBytes);
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative: " + offset + ", " + length);
        }
        Path file = fileOf(key);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw notFound();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            channel.position(Math.min(offset, channel.size()));
            return new RangeInputStream(channel, length);
        } catch (IOException e) {
            closeAfterFailure(channel, e);
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long size(String key) {
        return FileFacts.of(fileOf(key)).filter(BasicFileAttributes::isRegularFile).orElseThrow(LocalDiskContentStore::notFound).size();
    }

    @Override
    public boolean exists(String key) {
        return layout.fileOf(key).map(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).orElse(false);
    }

    @Override
    public boolean delete(String key) {
        Optional<Path> file = layout.fileOf(key);
        if (file.isEmpty()) {
            return false;
        }
        try {
            return Files.deleteIfExists(file.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Stream<StoredKey> keys() {
        return listing.keys();
    }

    @Override
    public int removeUnfinishedWritesBefore(Instant cutoff) {
        return listing.removeUnfinishedBefore(cutoff);
    }

    @Override
    public boolean isAvailable() {
        return Files.isDirectory(layout.root()) && Files.isWritable(layout.root());
    }

    private Path fileOf(String key) {
        return layout.fileOf(key).orElseThrow(LocalDiskContentStore::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Not found.");
    }

    private static void closeAfterFailure(FileChannel channel, IOException failure) {
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
