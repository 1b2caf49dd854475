package org.privatefiles.application.port.in;

import java.util.List;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.DocumentTemplate;
import org.privatefiles.domain.file.DocumentTemplateId;

/** Use case: the document templates of an org; pros only. */
public interface DocumentTemplatesUseCase {
    List<DocumentTemplate> list(UserId user, OrgId org);

    /** {@code NotFoundException} when the template is not of the org. */
    DocumentTemplate get(UserId user, OrgId org, DocumentTemplateId template);
}
