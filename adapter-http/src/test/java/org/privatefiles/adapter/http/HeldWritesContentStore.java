package org.privatefiles.adapter.http;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.DownloadHeaders;
import org.privatefiles.application.port.out.StoredContent;
import org.privatefiles.application.port.out.StoredKey;

/**
 * Test double around a real content store that can hold writes: after {@link #holdAfter(int)} lets
 * some writes through, the following ones wait until {@link #failHeld()} makes them fail, as a
 * write cut short by a lost connection would. Joins (completing a chunked upload) are never held.
 */
final class HeldWritesContentStore implements ContentStore {
    private final ContentStore store;
    private final Object lock = new Object();
    private final AtomicInteger waiting = new AtomicInteger();
    private int allowed = Integer.MAX_VALUE;
    private long generation;

    HeldWritesContentStore(ContentStore store) {
        this.store = store;
    }

    /** Lets this many more writes through, then holds the rest. */
    void holdAfter(int writes) {
        synchronized (lock) {
            allowed = writes;
        }
    }

    /** Fails every held write and lets all later writes through. */
    void failHeld() {
        synchronized (lock) {
            allowed = Integer.MAX_VALUE;
            generation++;
            lock.notifyAll();
        }
    }

    int waiting() {
        return waiting.get();
    }

    @Override
    public StoredContent write(InputStream content, long maxBytes) {
        synchronized (lock) {
            if (allowed > 0) {
                if (allowed != Integer.MAX_VALUE) {
                    allowed--;
                }
            } else {
                long held = generation;
                waiting.incrementAndGet();
                try {
                    while (generation == held) {
                        lock.wait();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    waiting.decrementAndGet();
                }
                throw new UncheckedIOException(new java.io.IOException("held write failed on purpose"));
            }
        }
        return store.write(content, maxBytes);
    }

    @Override
    public StoredContent join(List<String> keys, long maxBytes) {
        return store.join(keys, maxBytes);
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        return store.open(key, offset, length);
    }

    @Override
    public long size(String key) {
        return store.size(key);
    }

    @Override
    public boolean exists(String key) {
        return store.exists(key);
    }

    @Override
    public boolean delete(String key) {
        return store.delete(key);
    }

    @Override
    public Stream<StoredKey> keys() {
        return store.keys();
    }

    @Override
    public int removeUnfinishedWritesBefore(Instant cutoff) {
        return store.removeUnfinishedWritesBefore(cutoff);
    }

    @Override
    public boolean isAvailable() {
        return store.isAvailable();
    }

    @Override
    public Optional<URI> directDownload(String key, DownloadHeaders headers, Duration ttl) {
        return store.directDownload(key, headers, ttl);
    }
}
