package org.privatefiles.application.service;

import java.util.List;
import java.util.stream.Collectors;
import org.privatefiles.application.port.in.ProjectFiles;
import org.privatefiles.application.port.in.ProjectsUseCase;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.Project;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.query.FileCriteria;

/** Service: the projects a pro can view, each with the files on it the pro may read. */
public final class ProjectsService implements ProjectsUseCase {
    private final Directory directory;
    private final PrivateFileRepository files;
    private final ProMembers pros;
    private final AccessPolicy policy;

    ProjectsService(Directory directory, PrivateFileRepository files, AccessPolicy policy) {
        this.directory = directory;
        this.files = files;
        this.pros = new ProMembers(directory, policy);
        this.policy = policy;
    }

    @Override
    public List<ProjectFiles> list(UserId user, OrgId org) {
        var actor = pros.require(user, org);
        return directory.projects(org).stream()
                .filter(p -> policy.canViewProject(actor, p.id()))
                .map(p -> withFiles(actor, p))
                .toList();
    }

    @Override
    public ProjectFiles get(UserId user, OrgId org, ProjectId id) {
        var actor = pros.require(user, org);
        return directory.findProject(id)
                .filter(p -> p.org().equals(org) && policy.canViewProject(actor, p.id()))
                .map(p -> withFiles(actor, p))
                .orElseThrow(() -> new NotFoundException("Not found."));
    }

    private ProjectFiles withFiles(Actor actor, Project project) {
        try (var stream = files.list(policy.readScope(actor), FileCriteria.onProject(project.id()))) {
            return new ProjectFiles(project, stream.collect(Collectors.toList()));
        }
    }
}
