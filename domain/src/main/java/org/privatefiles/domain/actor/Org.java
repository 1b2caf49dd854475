package org.privatefiles.domain.actor;

import java.util.Objects;

/** An organisation: the owner of private files, projects and document templates. */
public record Org(OrgId id, String name) {
    public Org {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
