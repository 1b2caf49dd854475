package org.privatefiles.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.Org;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.Project;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.DocumentTemplate;
import org.privatefiles.domain.file.DocumentTemplateId;

/** Outbound port: who is who: users, orgs, memberships, projects, project assignments, document templates and tokens. */
public interface Directory {

    OrgId createOrg(String name);

    boolean orgExists(OrgId org);

    Optional<Org> findOrg(OrgId org);

    /** Keeps the email as given; a taken email (compared ignoring case) is a {@code ConflictException}. */
    UserAccount createUser(String email, String passwordHash, boolean machine);

    Optional<UserAccount> findUser(UserId id);

    /** The user with this email, compared ignoring case. */
    Optional<UserAccount> findUserByEmail(String email);

    /** Adds the membership, or replaces the one of the same org and user. */
    void putMembership(Membership membership);

    Optional<Membership> findMembership(OrgId org, UserId user);

    /** Every membership of the user, by ascending org id. */
    List<Membership> memberships(UserId user);

    Project createProject(OrgId org, String title);

    Optional<Project> findProject(ProjectId id);

    /** The org's projects by ascending id. */
    List<Project> projects(OrgId org);

    DocumentTemplate createDocumentTemplate(OrgId org, String title);

    Optional<DocumentTemplate> findDocumentTemplate(DocumentTemplateId id);

    /** The org's document templates by ascending id. */
    List<DocumentTemplate> documentTemplates(OrgId org);

    /** Assigns the project to the user at this level, replacing an earlier assignment. */
    void assignProject(ProjectId project, UserId user, AccessLevel level);

    /** The projects of this org assigned to the user, with their levels. */
    Map<ProjectId, AccessLevel> assignments(OrgId org, UserId user);

    /** Stores a new token; a hash already stored is a {@code ConflictException}. */
    void storeToken(TokenRecord token);

    Optional<TokenRecord> findToken(String sha256);

    /**
     * The token with its user's membership of the org and assignments there, in one look-up
     * (what {@link #findToken}, {@link #findMembership} and {@link #assignments} say together).
     */
    Optional<TokenIdentity> findIdentity(String sha256, OrgId org);

    /** Marks the token revoked; false when there is no such token. */
    boolean revokeToken(String sha256, Instant when);
}
