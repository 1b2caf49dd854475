package org.privatefiles.application.service;

import org.privatefiles.application.port.in.Fields;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.FileListing;
import org.privatefiles.application.port.in.ListPrivateFilesQuery;
import org.privatefiles.application.port.in.ListPrivateFilesUseCase;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.query.FileCriteria;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;
import org.privatefiles.domain.throttle.ThrottleScope;

/** Service: lists the files the actor may read, filtered, ordered and paged by the repository. */
public final class ListPrivateFilesService implements ListPrivateFilesUseCase {
    private final PrivateFileRepository files;
    private final Directory directory;
    private final TagResolver tags;
    private final AccessPolicy policy;

    ListPrivateFilesService(PrivateFileRepository files, Directory directory, TagResolver tags, AccessPolicy policy) {
        this.files = files;
        this.directory = directory;
        this.tags = tags;
        this.policy = policy;
    }

    @Override
    public FileListing list(Admission admission, ListPrivateFilesQuery query) {
        admission.require(ThrottleScope.READ);
        var org = admission.actor().org();
        query.project().ifPresent(project -> {
            if (directory.findProject(project).filter(p -> p.org().equals(org)).isEmpty()) {
                throw InvalidException.of("project", new Problem.InvalidChoice());
            }
        });
        var criteria = new FileCriteria(query.project(), query.user(),
                ids(tags.resolve(query.fileTags(), Fields.TAG_FILTER)),
                ids(tags.resolve(query.excludedFileTags(), Fields.EXCLUDED_TAG_FILTER)),
                query.search(), query.ordering(), query.paging());
        var scope = policy.readScope(admission.actor());
        var total = query.paging().isPresent() ? OptionalLong.of(files.count(scope, criteria)) : OptionalLong.empty();
        return new FileListing(files.list(scope, criteria), query.paging(), total);
    }

    private static Set<FileTagId> ids(java.util.List<FileTag> resolved) {
        var ids = new HashSet<FileTagId>();
        resolved.forEach(tag -> ids.add(tag.id()));
        return ids;
    }
}
