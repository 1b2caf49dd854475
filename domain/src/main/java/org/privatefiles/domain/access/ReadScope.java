package org.privatefiles.domain.access;

import java.util.Objects;
import java.util.Set;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.PrivateFile;

/**
 * The files of one org an actor may read, in a form a repository can turn into a query: every
 * file ({@code orgWide}), or the actor's own files plus files on the given projects (or on any
 * project, {@code allProjects}); export-tagged files only when {@code exportTaggedVisible}.
 * {@link #nothing} reads no file at all.
 */
public record ReadScope(OrgId org, boolean readsNothing, boolean orgWide, UserId owner, boolean allProjects,
                        Set<ProjectId> projects, boolean exportTaggedVisible) {
    public ReadScope {
        Objects.requireNonNull(org, "org");
        projects = Set.copyOf(projects);
    }

    public static ReadScope nothing(OrgId org) {
        return new ReadScope(org, true, false, null, false, Set.of(), false);
    }

    /** Whether a file falls in this scope; the in-memory twin of the query an adapter builds. */
    public boolean admits(PrivateFile file) {
        if (readsNothing || !file.org().equals(org)) {
            return false;
        }
        if (file.isExportTagged() && !exportTaggedVisible) {
            return false;
        }
        if (orgWide || file.user().equals(owner)) {
            return true;
        }
        return file.project() != null && (allProjects || projects.contains(file.project()));
    }
}
