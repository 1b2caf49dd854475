package org.privatefiles.application.fake;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.privatefiles.application.StandardFileTags;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.domain.failure.ConflictException;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/** Fake: a {@link FileTagCatalog} in memory, thread-safe; titles are unique and compared exactly. */
public final class InMemoryFileTagCatalog implements FileTagCatalog {
    private final TreeMap<Long, FileTag> byId = new TreeMap<>();

    /** An empty catalogue. */
    public InMemoryFileTagCatalog() {
    }

    /** A catalogue holding the standard tags, as every real store is seeded. */
    public static InMemoryFileTagCatalog seeded() {
        var catalog = new InMemoryFileTagCatalog();
        StandardFileTags.all().forEach(catalog::add);
        return catalog;
    }

    /** Adds a tag with a given id (for seeding); a taken id or title is a {@code ConflictException}. */
    public synchronized void add(FileTag tag) {
        if (byId.containsKey(tag.id().value())) {
            throw new ConflictException("A file tag with id " + tag.id() + " already exists.");
        }
        requireFreeTitle(tag.title());
        byId.put(tag.id().value(), tag);
    }

    @Override
    public synchronized List<FileTag> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public synchronized Optional<FileTag> find(FileTagId id) {
        return Optional.ofNullable(byId.get(id.value()));
    }

    @Override
    public synchronized Optional<FileTag> findByTitle(String title) {
        return byId.values().stream().filter(t -> t.title().equals(title)).findFirst();
    }

    @Override
    public synchronized FileTag create(String title, boolean export) {
        requireFreeTitle(title);
        long id = byId.isEmpty() ? 1 : byId.lastKey() + 1;
        FileTag tag = new FileTag(FileTagId.of(id), title, FileTag.PRIVATE_TYPE, export);
        byId.put(id, tag);
        return tag;
    }

    private void requireFreeTitle(String title) {
        if (findByTitle(title).isPresent()) {
            throw new ConflictException("A file tag titled \"" + title + "\" already exists.");
        }
    }
}
