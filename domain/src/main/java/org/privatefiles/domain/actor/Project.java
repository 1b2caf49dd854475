package org.privatefiles.domain.actor;

import java.util.Objects;

/** A project of an org, to which files can be attached. */
public record Project(ProjectId id, OrgId org, String title) {
    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(title, "title");
    }
}
