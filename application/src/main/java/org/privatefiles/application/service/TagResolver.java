package org.privatefiles.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagRef;

/** Resolves tag references (ids or titles) against the catalogue; unknown ones are field errors. */
final class TagResolver {
    private final FileTagCatalog catalog;

    TagResolver(FileTagCatalog catalog) {
        this.catalog = catalog;
    }

    /** The distinct tags named, by ascending id; each unknown reference is a problem of {@code field}. */
    List<FileTag> resolve(List<FileTagRef> refs, String field) {
        var found = new LinkedHashMap<Long, FileTag>();
        List<Problem> errors = new ArrayList<>();
        for (FileTagRef ref : refs) {
            find(ref).ifPresentOrElse(tag -> found.put(tag.id().value(), tag), () -> errors.add(new Problem.UnknownReference(ref.text())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidException(java.util.Map.of(field, errors));
        }
        return found.values().stream().sorted(Comparator.comparingLong(t -> t.id().value())).toList();
    }

    private Optional<FileTag> find(FileTagRef ref) {
        if (ref instanceof FileTagRef.ById byId) {
            return catalog.find(byId.id());
        }
        return catalog.findByTitle(((FileTagRef.ByTitle) ref).title());
    }
}
