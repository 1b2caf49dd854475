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
    private final ActorLookup actors;
    private final AccessPolicy policy;

    DocumentTemplatesService(Directory directory, AccessPolicy policy) {
        this.directory = directory;
        this.actors = new ActorLookup(directory);
        this.policy = policy;
    }

    @Override
    public List<DocumentTemplate> list(UserId user, OrgId org) {
        requirePro(user, org);
        return directory.documentTemplates(org);
    }

    @Override
    public DocumentTemplate get(UserId user, OrgId org, DocumentTemplateId template) {
        requirePro(user, org);
        return directory.findDocumentTemplate(template).filter(t -> t.org().equals(org))
                .orElseThrow(() -> new NotFoundException("Not found."));
    }

    private void requirePro(UserId user, OrgId org) {
        Refusals.requireAllowed(policy.orgAccess(actors.actor(user, org)));
    }
}
