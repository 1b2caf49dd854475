package org.privatefiles.adapter.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.privatefiles.domain.tag.FileTag;

/**
 * The catalogue's tags by id, cached: tags never change once created, so an unknown id (a tag
 * created since, perhaps by another process) just reloads the cache, on the caller's handle: taking
 * a second pooled connection while the caller holds one would let a full pool wait on itself.
 */
final class TagLookup {
    private volatile Map<Long, FileTag> byId = Map.of();

    List<FileTag> tagsOf(Handle handle, TagIds ids) {
        List<FileTag> tags = new ArrayList<>(ids.ids().size());
        for (Long id : ids.ids()) {
            tags.add(get(handle, id));
        }
        return tags;
    }

    private FileTag get(Handle handle, long id) {
        FileTag tag = byId.get(id);
        if (tag == null) {
            reload(handle);
            tag = byId.get(id);
            if (tag == null) {
                throw new IllegalStateException("file tag " + id + " is not in the catalogue");
            }
        }
        return tag;
    }

    private void reload(Handle handle) {
        byId = handle.createQuery(TagRow.SELECT).mapTo(TagRow.class)
                .map(TagRow::toTag).stream()
                .collect(Collectors.toUnmodifiableMap(t -> t.id().value(), Function.identity()));
    }
}
