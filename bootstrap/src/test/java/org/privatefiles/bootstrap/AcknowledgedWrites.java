package org.privatefiles.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the service acknowledged with a 2xx during the crash rounds, hence what it must still show
 * after every restart: created files with their bytes, their titles (the last acknowledged one, or
 * one sent afterwards whose answer the kill cut off), and received upload parts.
 */
final class AcknowledgedWrites {
    /** A created file: its content facts, and the titles it may have now. */
    static final class CreatedFile {
        final long id;
        final long size;
        final String md5;
        private final Set<String> possibleTitles = ConcurrentHashMap.newKeySet();

        CreatedFile(long id, long size, String md5, String title) {
            this.id = id;
            this.size = size;
            this.md5 = md5;
            possibleTitles.add(title);
        }

        /** A PATCH of the title is about to be sent: until it is answered, either title may be stored. */
        void titleSent(String title) {
            possibleTitles.add(title);
        }

        /** The PATCH got 200: from now on only this title is right. */
        void titleAcknowledged(String title) {
            possibleTitles.retainAll(Set.of(title));
        }

        Set<String> possibleTitles() {
            return Set.copyOf(possibleTitles);
        }
    }

    /** A received part of a chunked upload, as the 200 answered it. */
    record Part(int number, long size, String etag) {
    }

    final Map<Long, CreatedFile> files = new ConcurrentHashMap<>();
    final Map<Long, Map<Integer, Part>> uploads = new ConcurrentHashMap<>();
    final AtomicInteger creates = new AtomicInteger();
    final AtomicInteger patches = new AtomicInteger();
    final AtomicInteger uploadStarts = new AtomicInteger();
    final AtomicInteger parts = new AtomicInteger();
    final AtomicInteger cutOff = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    private final List<String> refusals = new ArrayList<>();

    int acknowledged() {
        return creates.get() + patches.get() + uploadStarts.get() + parts.get();
    }

    /** A request answered with something else than the expected 2xx (kept for the report). */
    synchronized void refusedWith(String what) {
        refused.incrementAndGet();
        if (refusals.size() < 10) {
            refusals.add(what);
        }
    }

    synchronized List<String> refusals() {
        return List.copyOf(refusals);
    }
}
