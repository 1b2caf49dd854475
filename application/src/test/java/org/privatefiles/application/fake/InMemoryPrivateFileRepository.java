package org.privatefiles.application.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.access.ReadScope;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.failure.ConcurrentChangeException;
import org.privatefiles.domain.failure.ConflictException;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.UploadPart;
import org.privatefiles.domain.query.FileCriteria;
import org.privatefiles.domain.query.FileCriteriaMatch;
import org.privatefiles.domain.query.FileOrder;
import org.privatefiles.domain.query.Paging;
import org.privatefiles.domain.tag.FileTag;

/**
 * Fake: a {@link PrivateFileRepository} in memory, thread-safe. Files are kept without their
 * parts, which are kept per file like rows of their own; tags are stored by id and returned by
 * ascending id (as given by the catalogue, when the fake has one, which then also refuses
 * unknown tags). Listing applies {@link ReadScope#admits}, {@link FileCriteriaMatch#matches},
 * {@link FileOrder#comparator} and the paging's offset and count.
 */
public final class InMemoryPrivateFileRepository implements PrivateFileRepository {
    private final FileTagCatalog catalog;
    private final Map<Long, PrivateFile> files = new HashMap<>();
    private final Map<Long, TreeMap<Integer, UploadPart>> parts = new HashMap<>();
    private final AtomicInteger openListings = new AtomicInteger();
    private long lastId;
    private volatile boolean available = true;

    /** A repository that takes the tags of the files it is given as they are. */
    public InMemoryPrivateFileRepository() {
        this(null);
    }

    /** A repository whose files' tags must exist in the catalogue (like a foreign key), returned as the catalogue has them. */
    public InMemoryPrivateFileRepository(FileTagCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public synchronized FileId nextId() {
        requireAvailable();
        return FileId.of(++lastId);
    }

    @Override
    public synchronized void insert(PrivateFile file) {
        requireAvailable();
        long id = file.id().value();
        if (files.containsKey(id)) {
            throw new ConflictException("A file with id " + id + " already exists.");
        }
        PrivateFile normalized = normalize(file);
        lastId = Math.max(lastId, id);
        files.put(id, normalized);
        TreeMap<Integer, UploadPart> fileParts = new TreeMap<>();
        file.chunkedUpload().ifPresent(upload -> upload.parts().forEach(p -> fileParts.put(p.partNumber(), p)));
        parts.put(id, fileParts);
    }

    @Override
    public synchronized PrivateFile update(PrivateFile file) {
        requireAvailable();
        requireVersion(file.id(), file.version());
        PrivateFile stored = normalize(file).nextVersion();
        files.put(file.id().value(), stored);
        return assemble(stored);
    }

    @Override
    public synchronized Optional<PrivateFile> find(OrgId org, FileId id) {
        return find(id).filter(f -> f.org().equals(org));
    }

    @Override
    public synchronized Optional<PrivateFile> find(FileId id) {
        requireAvailable();
        return Optional.ofNullable(files.get(id.value())).map(this::assemble);
    }

    @Override
    public synchronized boolean delete(FileId id, long version) {
        requireAvailable();
        if (!files.containsKey(id.value())) {
            return false;
        }
        requireVersion(id, version);
        parts.remove(id.value());
        return files.remove(id.value()) != null;
    }

    @Override
    public Stream<PrivateFile> list(ReadScope scope, FileCriteria criteria) {
        List<PrivateFile> page;
        synchronized (this) {
            requireAvailable();
            Stream<PrivateFile> matching = matching(scope, criteria).sorted(FileOrder.comparator(criteria.ordering()));
            if (criteria.paging().isPresent()) {
                Paging paging = criteria.paging().get();
                matching = matching.skip(paging.offset()).limit(paging.count());
            }
            page = matching.toList();
        }
        openListings.incrementAndGet();
        AtomicBoolean closed = new AtomicBoolean();
        return page.stream().onClose(() -> {
            if (closed.compareAndSet(false, true)) {
                openListings.decrementAndGet();
            }
        });
    }

    @Override
    public synchronized long count(ReadScope scope, FileCriteria criteria) {
        requireAvailable();
        return matching(scope, criteria).count();
    }

    @Override
    public synchronized Optional<UploadPart> putPart(FileId file, long version, UploadPart part, Instant modifiedDate) {
        requireAvailable();
        PrivateFile stored = requireVersion(file, version);
        if (!stored.isUploading()) {
            throw new ConcurrentChangeException("File " + file + " has no chunked upload in progress.");
        }
        files.put(file.value(), PrivateFileBuilder.from(stored).modifiedDate(modifiedDate).version(version + 1).build());
        return Optional.ofNullable(parts.get(file.value()).put(part.partNumber(), part));
    }

    @Override
    public synchronized Set<String> keysInUse(Collection<String> storageKeys) {
        requireAvailable();
        Set<String> used = new HashSet<>();
        files.values().forEach(f -> f.contentFacts().map(ContentFacts::storageKey).ifPresent(used::add));
        parts.values().forEach(p -> p.values().forEach(part -> used.add(part.storageKey())));
        Set<String> result = new HashSet<>(storageKeys);
        result.retainAll(used);
        return Set.copyOf(result);
    }

    @Override
    public synchronized List<PrivateFile> temporaryCreatedBefore(Instant cutoff) {
        return select(f -> f.temporary() && f.createdDate().isBefore(cutoff));
    }

    @Override
    public synchronized List<PrivateFile> incompleteUploadsCreatedBefore(Instant cutoff) {
        return select(f -> f.isUploading() && f.createdDate().isBefore(cutoff));
    }

    @Override
    public boolean isAvailable() {
        return available;
    }

    /** Simulates an outage: while unavailable every operation but {@link #isAvailable} fails. */
    public void setAvailable(boolean available) {
        this.available = available;
    }

    /** How many streams returned by {@link #list} have not been closed yet (for tests that check closing). */
    public int openListings() {
        return openListings.get();
    }

    private Stream<PrivateFile> matching(ReadScope scope, FileCriteria criteria) {
        return files.values().stream()
                .map(this::assemble)
                .filter(scope::admits)
                .filter(f -> FileCriteriaMatch.matches(criteria, f));
    }

    private List<PrivateFile> select(Predicate<PrivateFile> condition) {
        requireAvailable();
        return files.values().stream()
                .map(this::assemble)
                .filter(condition)
                .sorted(Comparator.comparingLong(f -> f.id().value()))
                .toList();
    }

    private PrivateFile assemble(PrivateFile stored) {
        if (stored.upload() == null) {
            return stored;
        }
        List<UploadPart> fileParts = List.copyOf(parts.getOrDefault(stored.id().value(), new TreeMap<>()).values());
        return PrivateFileBuilder.from(stored).upload(stored.upload().withParts(fileParts)).build();
    }

    /** The file as stored: tags once each by ascending id (the catalogue's), upload without parts. */
    private PrivateFile normalize(PrivateFile file) {
        Map<Long, FileTag> tags = new TreeMap<>();
        for (FileTag tag : file.tags()) {
            FileTag stored = catalog == null ? tag : catalog.find(tag.id())
                    .orElseThrow(() -> new IllegalArgumentException("No file tag " + tag.id() + " in the catalogue"));
            tags.put(tag.id().value(), stored);
        }
        var builder = PrivateFileBuilder.from(file).tags(new ArrayList<>(tags.values()));
        if (file.upload() != null) {
            builder.upload(file.upload().withParts(List.of()));
        }
        return builder.build();
    }

    private PrivateFile requireVersion(FileId id, long version) {
        PrivateFile stored = files.get(id.value());
        if (stored == null) {
            throw new NotFoundException("No file " + id);
        }
        if (stored.version() != version) {
            throw new ConcurrentChangeException("File " + id + " is at version " + stored.version() + ", not " + version);
        }
        return stored;
    }

    private void requireAvailable() {
        if (!available) {
            throw new IllegalStateException("private file repository unavailable (simulated)");
        }
    }
}
