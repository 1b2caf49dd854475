package org.privatefiles.adapter.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.privatefiles.application.port.in.ListPrivateFilesQuery;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.Validation;
import org.privatefiles.domain.query.Ordering;
import org.privatefiles.domain.query.Paging;
import org.privatefiles.domain.query.SearchTerms;
import org.privatefiles.domain.tag.FileTagRef;

/** Reads a listing's query parameters (filters, search, ordering, paging; API.md §5) into a {@link ListPrivateFilesQuery}. */
final class ListQueryParser {
    private final References references;

    ListQueryParser(References references) {
        this.references = references;
    }

    ListPrivateFilesQuery parse(Map<String, List<String>> params, OrgId org) {
        var errors = new Validation();
        Optional<ProjectId> project = checked(errors, () -> last(params, "project").map(v -> project(v, org)), Optional.empty());
        Optional<UserId> user = checked(errors, () -> last(params, "user_id").map(ListQueryParser::user), Optional.empty());
        List<FileTagRef> tags = references.fileTags(params.getOrDefault("file_tags", List.of()));
        List<FileTagRef> excluded = references.fileTags(params.getOrDefault("file_tags_exclude", List.of()));
        SearchTerms search = checked(errors, () -> SearchTerms.parse(last(params, "search").orElse(null)), SearchTerms.NONE);
        Ordering ordering = last(params, "ordering").map(Ordering::parse).orElse(Ordering.DEFAULT);
        Optional<Paging> paging = checked(errors, () -> paging(params), Optional.empty());
        errors.throwIfInvalid();
        return new ListPrivateFilesQuery(project, user, tags, excluded, search, ordering, paging);
    }

    private static Optional<Paging> paging(Map<String, List<String>> params) {
        Optional<String> limit = last(params, "limit");
        if (limit.isPresent()) {
            return Optional.of(Paging.fromLimitAndPage(limit.get(), last(params, "page").orElse(null)));
        }
        return last(params, "range").map(Paging::fromRange);
    }

    /** The value read, or the fallback with the read's field errors recorded. */
    private static <T> T checked(Validation errors, Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (InvalidException e) {
            errors.addAll(e.problems());
            return fallback;
        }
    }

    private ProjectId project(String value, OrgId org) {
        try {
            return ProjectId.of(references.project(value, org));
        } catch (UnreadableValue | IllegalArgumentException e) {
            throw InvalidException.of("project", new Problem.InvalidChoice());
        }
    }

    private static UserId user(String value) {
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidException.of("user_id", new Problem.WrongType(Problem.Expected.INTEGER));
        }
        if (id <= 0) {
            throw InvalidException.of("user_id", new Problem.OutOfRange(1, Long.MAX_VALUE));
        }
        return UserId.of(id);
    }

    private static Optional<String> last(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        String value = values.get(values.size() - 1);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
