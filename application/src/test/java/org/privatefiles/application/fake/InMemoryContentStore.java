package org.privatefiles.application.fake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.StoredContent;
import org.privatefiles.application.port.out.StoredKey;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.failure.TooLargeException;
import org.privatefiles.domain.file.Md5;

/**
 * Fake: a {@link ContentStore} in memory, thread-safe. A write streams into a staging buffer
 * registered as unfinished and only becomes a visible key once complete; a failed write leaves
 * nothing. {@link #setAvailable} lets tests simulate a storage outage.
 */
public final class InMemoryContentStore implements ContentStore {
    private static final int BUFFER_SIZE = 64 * 1024;

    private record Content(byte[] bytes, Instant lastModified) {
    }

    private final Clock clock;
    private final Map<String, Content> contents = new ConcurrentHashMap<>();
    private final Map<String, Instant> unfinished = new ConcurrentHashMap<>();
    private volatile boolean available = true;

    public InMemoryContentStore() {
        this(Clock.systemUTC());
    }

    public InMemoryContentStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public StoredContent write(InputStream content, long maxBytes) {
        requireAvailable();
        String key = UUID.randomUUID().toString();
        unfinished.put(key, clock.instant());
        try {
            MessageDigest digest = Md5.newDigest();
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[BUFFER_SIZE];
            long size = 0;
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            if (unfinished.remove(key) == null) {
                throw new UncheckedIOException(new IOException("write under " + key + " was swept as unfinished"));
            }
            contents.put(key, new Content(out.toByteArray(), clock.instant()));
            return new StoredContent(key, size, Md5.hex(digest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            unfinished.remove(key);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        requireAvailable();
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        byte[] bytes = require(key).bytes();
        int from = (int) Math.min(offset, bytes.length);
        int count = (int) Math.min(length, bytes.length - from);
        return new ByteArrayInputStream(bytes, from, count);
    }

    @Override
    public long size(String key) {
        requireAvailable();
        return require(key).bytes().length;
    }

    @Override
    public boolean exists(String key) {
        requireAvailable();
        return key != null && contents.containsKey(key);
    }

    @Override
    public boolean delete(String key) {
        requireAvailable();
        return key != null && contents.remove(key) != null;
    }

    @Override
    public Stream<StoredKey> keys() {
        requireAvailable();
        List<StoredKey> snapshot = contents.entrySet().stream()
                .map(e -> new StoredKey(e.getKey(), e.getValue().lastModified()))
                .toList();
        return snapshot.stream();
    }

    @Override
    public int removeUnfinishedWritesBefore(Instant cutoff) {
        requireAvailable();
        int removed = 0;
        for (var entry : unfinished.entrySet()) {
            if (entry.getValue().isBefore(cutoff) && unfinished.remove(entry.getKey(), entry.getValue())) {
                removed++;
            }
        }
        return removed;
    }

    @Override
    public boolean isAvailable() {
        return available;
    }

    /** Simulates an outage: while unavailable every operation but {@link #isAvailable} fails with an I/O error. */
    public void setAvailable(boolean available) {
        this.available = available;
    }

    /** How many keys hold content (for tests that check nothing leaked). */
    public int keyCount() {
        return contents.size();
    }

    private Content require(String key) {
        Content content = key == null ? null : contents.get(key);
        if (content == null) {
            throw new NotFoundException("No content under key " + key);
        }
        return content;
    }

    private void requireAvailable() {
        if (!available) {
            throw new UncheckedIOException(new IOException("content store unavailable (simulated)"));
        }
    }
}
