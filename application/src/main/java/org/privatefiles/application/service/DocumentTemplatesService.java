package org.privatefiles.application.service;

import java.util.List;
import org.privatefiles.application.port.in.DocumentTemplatesUseCase;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.file.DocumentTemplate;
import org.privatefiles.domain.file.DocumentTemplateId;

/** Service: an org's document templates, for its pro members. */
public final class DocumentTemplatesService implements DocumentTemplatesUseCase {
    private final Directory directory;
    private final ProMembers pros;

    DocumentTemplatesService(Directory directory, AccessPolicy policy) {
        this.directory = directory;
        this.pros = new ProMembers(directory, policy);
    }

    @Override
    public List<DocumentTemplate> list(UserId user, OrgId org) {
        pros.require(user, org);
        return directory.documentTemplates(org);
    }

    @Override
    public DocumentTemplate get(UserId user, OrgId org, DocumentTemplateId template) {
        pros.require(user, org);
        return directory.findDocumentTemplate(template).filter(t -> t.org().equals(org))
                .orElseThrow(() -> new NotFoundException("Not found."));
    }
}
