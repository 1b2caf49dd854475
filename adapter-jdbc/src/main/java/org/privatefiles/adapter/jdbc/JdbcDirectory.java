package org.privatefiles.adapter.jdbc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.TokenIdentity;
import org.privatefiles.application.port.out.TokenRecord;
import org.privatefiles.application.port.out.UserAccount;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.Org;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.Project;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.DocumentTemplate;
import org.privatefiles.domain.file.DocumentTemplateId;

/** Persistence adapter: users, orgs, memberships, projects, assignments, document templates and token hashes. */
final class JdbcDirectory implements Directory {
    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbcDirectory(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    @Override
    public OrgId createOrg(String name) {
        return OrgId.of(jdbi.inTransaction(h -> h.createUpdate("INSERT INTO orgs (name) VALUES (:name)")
                .bind("name", name).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
    }

    @Override
    public boolean orgExists(OrgId org) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM orgs WHERE id = :id")
                .bind("id", org.value()).mapTo(Long.class).one() > 0);
    }

    @Override
    public Optional<Org> findOrg(OrgId org) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM orgs WHERE id = :id").bind("id", org.value())
                .mapTo(String.class).findOne().map(name -> new Org(org, name)));
    }

    @Override
    public UserAccount createUser(String email, String passwordHash, boolean machine) {
        long id = SqlFailures.conflictOnDuplicate("A user with this email already exists.", () ->
                jdbi.inTransaction(h -> h.createUpdate("INSERT INTO users (email, email_folded, password_hash, machine)"
                                + " VALUES (:email, :folded, :hash, :machine)")
                        .bind("email", email).bind("folded", fold(email)).bind("hash", passwordHash)
                        .bind("machine", machine)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        return new UserAccount(UserId.of(id), email, passwordHash, machine);
    }

    @Override
    public Optional<UserAccount> findUser(UserId id) {
        return jdbi.withHandle(h -> h.createQuery(UserRow.SELECT + " WHERE id = :id").bind("id", id.value())
                .mapTo(UserRow.class).map(UserRow::toAccount).findOne());
    }

    @Override
    public Optional<UserAccount> findUserByEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery(UserRow.SELECT + " WHERE email_folded = :folded")
                .bind("folded", fold(email)).mapTo(UserRow.class).map(UserRow::toAccount).findOne());
    }

    @Override
    public void putMembership(Membership m) {
        jdbi.useTransaction(h -> h.createUpdate(dialect.upsertMembershipSql())
                .bind("org", m.org().value()).bind("user", m.user().value()).bind("role", m.role().name())
                .bind("filesOrgWide", m.filesOrgWide()).bind("projectsExport", m.projectsExport())
                .bind("projectScope", m.projectScope().name()).bind("level", m.level().name())
                .execute());
    }

    @Override
    public Optional<Membership> findMembership(OrgId org, UserId user) {
        return jdbi.withHandle(h -> h.createQuery(MembershipRow.SELECT + " WHERE org_id = :org AND user_id = :user")
                .bind("org", org.value()).bind("user", user.value())
                .mapTo(MembershipRow.class).map(MembershipRow::toMembership).findOne());
    }

    @Override
    public List<Membership> memberships(UserId user) {
        return jdbi.withHandle(h -> h.createQuery(MembershipRow.SELECT + " WHERE user_id = :user ORDER BY org_id")
                .bind("user", user.value()).mapTo(MembershipRow.class).map(MembershipRow::toMembership).list());
    }

    @Override
    public Project createProject(OrgId org, String title) {
        long id = jdbi.inTransaction(h -> h.createUpdate("INSERT INTO projects (org_id, title) VALUES (:org, :title)")
                .bind("org", org.value()).bind("title", title)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Project(ProjectId.of(id), org, title);
    }

    @Override
    public Optional<Project> findProject(ProjectId id) {
        return jdbi.withHandle(h -> h.createQuery(ProjectRow.SELECT + " WHERE id = :id").bind("id", id.value())
                .mapTo(ProjectRow.class).map(ProjectRow::toProject).findOne());
    }

    @Override
    public List<Project> projects(OrgId org) {
        return jdbi.withHandle(h -> h.createQuery(ProjectRow.SELECT + " WHERE org_id = :org ORDER BY id")
                .bind("org", org.value()).mapTo(ProjectRow.class).map(ProjectRow::toProject).list());
    }

    @Override
    public DocumentTemplate createDocumentTemplate(OrgId org, String title) {
        long id = jdbi.inTransaction(h -> h.createUpdate("INSERT INTO document_templates (org_id, title) VALUES (:org, :title)")
                .bind("org", org.value()).bind("title", title)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new DocumentTemplate(DocumentTemplateId.of(id), org, title);
    }

    @Override
    public Optional<DocumentTemplate> findDocumentTemplate(DocumentTemplateId id) {
        return jdbi.withHandle(h -> h.createQuery(TemplateRow.SELECT + " WHERE id = :id").bind("id", id.value())
                .mapTo(TemplateRow.class).map(TemplateRow::toTemplate).findOne());
    }

    @Override
    public List<DocumentTemplate> documentTemplates(OrgId org) {
        return jdbi.withHandle(h -> h.createQuery(TemplateRow.SELECT + " WHERE org_id = :org ORDER BY id")
                .bind("org", org.value()).mapTo(TemplateRow.class).map(TemplateRow::toTemplate).list());
    }

    @Override
    public void assignProject(ProjectId project, UserId user, AccessLevel level) {
        jdbi.useTransaction(h -> h.createUpdate(dialect.upsertAssignmentSql())
                .bind("project", project.value()).bind("user", user.value()).bind("level", level.name())
                .execute());
    }

    @Override
    public Map<ProjectId, AccessLevel> assignments(OrgId org, UserId user) {
        List<AssignmentRow> rows = jdbi.withHandle(h -> h.createQuery("SELECT a.project_id, a.access_level"
                        + " FROM project_assignments a JOIN projects p ON p.id = a.project_id"
                        + " WHERE p.org_id = :org AND a.user_id = :user ORDER BY a.project_id")
                .bind("org", org.value()).bind("user", user.value()).mapTo(AssignmentRow.class).list());
        Map<ProjectId, AccessLevel> assignments = new LinkedHashMap<>();
        rows.forEach(r -> assignments.put(ProjectId.of(r.projectId()), AccessLevel.valueOf(r.accessLevel())));
        return assignments;
    }

    @Override
    public void storeToken(TokenRecord token) {
        SqlFailures.conflictOnDuplicate("This token is already stored.", () ->
                jdbi.inTransaction(h -> h.createUpdate("INSERT INTO api_tokens (sha256, user_id, created_at, expires_at, revoked_at)"
                                + " VALUES (:sha256, :user, :createdAt, :expiresAt, :revokedAt)")
                        .bind("sha256", token.sha256()).bind("user", token.user().value())
                        .bindByType("createdAt", token.createdAt(), Instant.class)
                        .bindByType("expiresAt", token.expiresAt(), Instant.class)
                        .bindByType("revokedAt", token.revokedAt(), Instant.class)
                        .execute()));
    }

    @Override
    public Optional<TokenRecord> findToken(String sha256) {
        return jdbi.withHandle(h -> h.createQuery(TokenRow.SELECT + " WHERE sha256 = :sha256").bind("sha256", sha256)
                .mapTo(TokenRow.class).map(TokenRow::toRecord).findOne());
    }

    @Override
    public Optional<TokenIdentity> findIdentity(String sha256, OrgId org) {
        return jdbi.withHandle(h -> h.createQuery(IdentitySql.SELECT).bind("sha256", sha256).bind("org", org.value())
                .map(new IdentitySql(org)).findOne());
    }

    /** Keeps the first revocation time when a token is revoked again. */
    @Override
    public boolean revokeToken(String sha256, Instant when) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, :when)"
                        + " WHERE sha256 = :sha256")
                .bind("sha256", sha256).bindByType("when", when, Instant.class).execute() > 0);
    }

    private static String fold(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
