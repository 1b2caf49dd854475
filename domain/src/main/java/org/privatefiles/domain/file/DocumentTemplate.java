package org.privatefiles.domain.file;

import java.util.Objects;
import org.privatefiles.domain.actor.OrgId;

/** A document template of an org, from which files (generated reports) are made. */
public record DocumentTemplate(DocumentTemplateId id, OrgId org, String title) {
    public DocumentTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(title, "title");
    }
}
