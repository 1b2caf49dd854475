package org.privatefiles.application.service;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.DownloadHeaders;
import org.privatefiles.application.port.out.StoredContent;
import org.privatefiles.application.port.out.StoredKey;
import org.privatefiles.domain.failure.UnavailableException;

/** Decorator: an I/O failure of the content store becomes an {@link UnavailableException} (the store cannot be used right now). */
public final class ContentStoreOutages implements ContentStore {
    static final String MESSAGE = "The content store cannot be reached.";

    private final ContentStore store;

    public ContentStoreOutages(ContentStore store) {
        this.store = store;
    }

    @Override
    public StoredContent write(InputStream content, long maxBytes) {
        return guarded(() -> store.write(content, maxBytes));
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        return guarded(() -> store.open(key, offset, length));
    }

    @Override
    public long size(String key) {
        return guarded(() -> store.size(key));
    }

    @Override
    public boolean exists(String key) {
        return guarded(() -> store.exists(key));
    }

    @Override
    public boolean delete(String key) {
        return guarded(() -> store.delete(key));
    }

    @Override
    public Stream<StoredKey> keys() {
        return guarded(store::keys);
    }

    @Override
    public int removeUnfinishedWritesBefore(Instant cutoff) {
        return guarded(() -> store.removeUnfinishedWritesBefore(cutoff));
    }

    @Override
    public boolean isAvailable() {
        return store.isAvailable();
    }

    @Override
    public StoredContent join(List<String> keys, long maxBytes) {
        return guarded(() -> store.join(keys, maxBytes));
    }

    @Override
    public Optional<URI> directDownload(String key, DownloadHeaders headers, Duration ttl) {
        return guarded(() -> store.directDownload(key, headers, ttl));
    }

    private static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (UncheckedIOException e) {
            throw new UnavailableException(MESSAGE, e);
        }
    }
}
