package org.privatefiles.adapter.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.privatefiles.domain.tag.FileTag;

/**
 * The catalogue's tags by id, cached: tags never change once created, so an unknown id (a tag
 * created since, perhaps by another process) just reloads the cache.
 */
final class TagLookup {
    private final Jdbi jdbi;
    private volatile Map<Long, FileTag> byId = Map.of();

    TagLookup(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<FileTag> tagsOf(TagIds ids) {
        List<FileTag> tags = new ArrayList<>(ids.ids().size());
        for (Long id : ids.ids()) {
            tags.add(get(id));
        }
        return tags;
    }

    FileTag get(long id) {
        FileTag tag = byId.get(id);
        if (tag == null) {
            reload();
            tag = byId.get(id);
            if (tag == null) {
                throw new IllegalStateException("file tag " + id + " is not in the catalogue");
            }
        }
        return tag;
    }

    private synchronized void reload() {
        byId = jdbi.withHandle(h -> h.createQuery(TagRow.SELECT).mapTo(TagRow.class)
                .map(TagRow::toTag).stream()
                .collect(Collectors.toUnmodifiableMap(t -> t.id().value(), Function.identity())));
    }
}
