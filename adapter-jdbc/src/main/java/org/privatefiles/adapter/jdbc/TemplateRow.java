package org.privatefiles.adapter.jdbc;

import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.file.DocumentTemplate;
import org.privatefiles.domain.file.DocumentTemplateId;

/** A row of {@code document_templates}. */
record TemplateRow(long id, long orgId, String title) {
    static final String SELECT = "SELECT id, org_id, title FROM document_templates";

    DocumentTemplate toTemplate() {
        return new DocumentTemplate(DocumentTemplateId.of(id), OrgId.of(orgId), title);
    }
}
