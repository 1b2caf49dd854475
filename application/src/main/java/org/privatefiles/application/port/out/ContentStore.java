package org.privatefiles.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Outbound port: stores content under keys it makes itself. A write is all or nothing: a key
 * is only ever visible with its complete bytes. I/O failures are {@link UncheckedIOException}s.
 */
public interface ContentStore {

    /**
     * Reads the stream to its end and stores it under a fresh key, computing size and MD5 on
     * the way with memory that does not grow with the size. More than {@code maxBytes} bytes is
     * a {@code TooLargeException} and nothing is kept. The caller closes the stream.
     */
    StoredContent write(InputStream content, long maxBytes);

    /**
     * The bytes of a key from {@code offset}, at most {@code length} of them (empty past the end);
     * {@code NotFoundException} when absent; negative arguments are an {@code IllegalArgumentException}.
     * The stream may also be a {@link java.nio.channels.ReadableByteChannel} over the same bytes, for
     * readers that copy through direct buffers (the disk store's is).
     */
    InputStream open(String key, long offset, long length);

    /** The size of the content under a key; {@code NotFoundException} when absent. */
    long size(String key);

    boolean exists(String key);

    /** Removes the key; false when it was not there. */
    boolean delete(String key);

    /** Every complete key, with when it was written; the stream must be closed. */
    Stream<StoredKey> keys();

    /** Removes leftovers of writes that never finished and were not written to since the cutoff; returns how many. */
    int removeUnfinishedWritesBefore(Instant cutoff);

    /** Whether the store can be read and written. */
    boolean isAvailable();

    /**
     * A URL from which a client may fetch the key's bytes straight from the store for at most
     * {@code ttl}, answered with these headers; empty when the store offers none (the default).
     * {@code NotFoundException} for a key this store could not have made.
     */
    default Optional<URI> directDownload(String key, DownloadHeaders headers, Duration ttl) {
        return Optional.empty();
    }

    /** Joins the content of several keys, in order, into a new key (size and MD5 of the whole), streaming. */
    default StoredContent join(List<String> keys, long maxBytes) {
        Iterator<String> remaining = keys.iterator();
        Enumeration<InputStream> parts = new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return remaining.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return open(remaining.next(), 0, Long.MAX_VALUE);
            }
        };
        try (var joined = new SequenceInputStream(parts)) {
            return write(joined, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
