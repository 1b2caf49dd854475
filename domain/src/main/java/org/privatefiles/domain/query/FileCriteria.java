package org.privatefiles.domain.query;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.tag.FileTagId;

/**
 * What a listing asks for, combined with AND: a project, a creator, any of some tags, none of
 * others, every search term; in an order; optionally one page.
 */
public record FileCriteria(Optional<ProjectId> project, Optional<UserId> user, Set<FileTagId> anyTags,
                           Set<FileTagId> excludedTags, SearchTerms search, Ordering ordering,
                           Optional<Paging> paging) {
    public FileCriteria {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(user, "user");
        anyTags = Set.copyOf(anyTags);
        excludedTags = Set.copyOf(excludedTags);
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(ordering, "ordering");
        Objects.requireNonNull(paging, "paging");
    }

    public static FileCriteria all() {
        return new FileCriteria(Optional.empty(), Optional.empty(), Set.of(), Set.of(), SearchTerms.NONE,
                Ordering.DEFAULT, Optional.empty());
    }

    /** Every file on one project, in the default order. */
    public static FileCriteria onProject(ProjectId project) {
        var all = all();
        return new FileCriteria(Optional.of(project), all.user(), all.anyTags(), all.excludedTags(), all.search(),
                all.ordering(), all.paging());
    }

    public FileCriteria withPaging(Paging newPaging) {
        return new FileCriteria(project, user, anyTags, excludedTags, search, ordering, Optional.of(newPaging));
    }

    public FileCriteria withoutPaging() {
        return new FileCriteria(project, user, anyTags, excludedTags, search, ordering, Optional.empty());
    }
}
