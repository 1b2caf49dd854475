package org.privatefiles.application.port.in;

import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.file.DocumentTemplate;
import org.privatefiles.domain.actor.Project;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.tag.FileTag;

/** Use case: the operator's commands: orgs, users, memberships, projects, tokens and tags. */
public interface AdministrationUseCase {
    OrgId createOrg(String name);

    /** {@code password} may be null for users who only use tokens; {@code machine} users' tokens never expire. */
    UserId createUser(String email, String password, boolean machine);

    void addMember(Membership membership);

    Project createProject(OrgId org, String title);

    /** A document template of the org; {@code NotFoundException} for an unknown org, {@code InvalidException} for a blank title. */
    DocumentTemplate createDocumentTemplate(OrgId org, String title);

    void assignProject(ProjectId project, UserId user, AccessLevel level);

    /** A new token that does not expire until revoked; shown only now. */
    String createToken(UserId user);

    /** {@code NotFoundException} when there is no such token. */
    void revokeToken(String token);

    FileTag createTag(String title, boolean export);
}
