package org.privatefiles.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.query.Ordering;
import org.privatefiles.domain.query.Paging;
import org.privatefiles.domain.query.SearchTerms;
import org.privatefiles.domain.tag.FileTagRef;

/** Query: the filters, order and page of a listing, as the client named them. */
public record ListPrivateFilesQuery(Optional<ProjectId> project, Optional<UserId> user, List<FileTagRef> fileTags,
                                    List<FileTagRef> excludedFileTags, SearchTerms search, Ordering ordering,
                                    Optional<Paging> paging) {
    public ListPrivateFilesQuery {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(user, "user");
        fileTags = List.copyOf(fileTags);
        excludedFileTags = List.copyOf(excludedFileTags);
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(ordering, "ordering");
        Objects.requireNonNull(paging, "paging");
    }

    public static ListPrivateFilesQuery everything() {
        return new ListPrivateFilesQuery(Optional.empty(), Optional.empty(), List.of(), List.of(), SearchTerms.NONE,
                Ordering.DEFAULT, Optional.empty());
    }
}
