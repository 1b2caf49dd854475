package org.privatefiles.domain.query;

import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.tag.FileTag;

/** Whether a file meets the filters of a {@link FileCriteria}; the in-memory twin of an adapter's WHERE clause. */
public final class FileCriteriaMatch {
    private FileCriteriaMatch() {
    }

    public static boolean matches(FileCriteria criteria, PrivateFile file) {
        if (criteria.project().isPresent() && !criteria.project().get().equals(file.project())) {
            return false;
        }
        if (criteria.user().isPresent() && !criteria.user().get().equals(file.user())) {
            return false;
        }
        if (!criteria.anyTags().isEmpty()
                && file.tags().stream().map(FileTag::id).noneMatch(criteria.anyTags()::contains)) {
            return false;
        }
        if (file.tags().stream().map(FileTag::id).anyMatch(criteria.excludedTags()::contains)) {
            return false;
        }
        return SearchableText.matchesAll(file, criteria.search());
    }
}
