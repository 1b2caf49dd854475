package org.privatefiles.adapter.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.privatefiles.domain.access.ReadScope;
import org.privatefiles.domain.query.FileCriteria;
import org.privatefiles.domain.query.Ordering;

/**
 * Filtered counts remembered with the org's generation ({@link OrgFileGenerations}) they were
 * taken at: a count is given back only while the org's generation is still that one, so it is as
 * exact as counting again (across instances too: the generation lives in the database). The least
 * recently used counts are forgotten beyond {@value #CAPACITY}.
 */
final class CountCache {
    static final int CAPACITY = 4096;

    private final Map<Key, Taken> counts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Taken> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The count of this listing if it was taken at this generation of its org. */
    synchronized OptionalLong get(ReadScope scope, FileCriteria criteria, long generation) {
        Taken taken = counts.get(Key.of(scope, criteria));
        return taken != null && taken.generation == generation ? OptionalLong.of(taken.count) : OptionalLong.empty();
    }

    synchronized void put(ReadScope scope, FileCriteria criteria, long generation, long count) {
        counts.put(Key.of(scope, criteria), new Taken(generation, count));
    }

    /** What a count depends on: the scope and the filters, not the order or the page. */
    private record Key(ReadScope scope, FileCriteria filters) {
        static Key of(ReadScope scope, FileCriteria criteria) {
            return new Key(scope, new FileCriteria(criteria.project(), criteria.user(), criteria.anyTags(),
                    criteria.excludedTags(), criteria.search(), Ordering.DEFAULT, Optional.empty()));
        }
    }

    private record Taken(long generation, long count) {
    }
}
