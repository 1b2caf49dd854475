package org.privatefiles.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.privatefiles.domain.failure.ConflictException;
import org.privatefiles.domain.file.DocumentTemplate;
import org.privatefiles.domain.file.DocumentTemplateId;

/**
 * Fake: a {@link Directory} in memory, thread-safe. Like the database it stands in for, it
 * refuses references to orgs, users and projects it does not hold ({@code IllegalArgumentException}).
 */
public final class InMemoryDirectory implements Directory {
    private record MemberKey(OrgId org, UserId user) {
    }

    private record AssignmentKey(ProjectId project, UserId user) {
    }

    private final Map<OrgId, String> orgs = new HashMap<>();
    private final TreeMap<Long, UserAccount> users = new TreeMap<>();
    private final Map<String, UserId> usersByEmail = new HashMap<>();
    private final Map<MemberKey, Membership> memberships = new HashMap<>();
    private final TreeMap<Long, Project> projects = new TreeMap<>();
    private final TreeMap<Long, DocumentTemplate> templates = new TreeMap<>();
    private final Map<AssignmentKey, AccessLevel> assignments = new HashMap<>();
    private final Map<String, TokenRecord> tokens = new HashMap<>();
    private long lastOrg;
    private long lastUser;
    private long lastProject;
    private long lastTemplate;

    @Override
    public synchronized OrgId createOrg(String name) {
        OrgId org = OrgId.of(++lastOrg);
        orgs.put(org, name);
        return org;
    }

    @Override
    public synchronized boolean orgExists(OrgId org) {
        return orgs.containsKey(org);
    }

    @Override
    public synchronized Optional<Org> findOrg(OrgId org) {
        return Optional.ofNullable(orgs.get(org)).map(name -> new Org(org, name));
    }

    @Override
    public synchronized UserAccount createUser(String email, String passwordHash, boolean machine) {
        String folded = fold(email);
        if (usersByEmail.containsKey(folded)) {
            throw new ConflictException("A user with this email already exists.");
        }
        UserAccount account = new UserAccount(UserId.of(++lastUser), email, passwordHash, machine);
        users.put(account.id().value(), account);
        usersByEmail.put(folded, account.id());
        return account;
    }

    @Override
    public synchronized Optional<UserAccount> findUser(UserId id) {
        return Optional.ofNullable(users.get(id.value()));
    }

    @Override
    public synchronized Optional<UserAccount> findUserByEmail(String email) {
        return Optional.ofNullable(usersByEmail.get(fold(email))).map(id -> users.get(id.value()));
    }

    @Override
    public synchronized void putMembership(Membership membership) {
        requireOrg(membership.org());
        requireUser(membership.user());
        memberships.put(new MemberKey(membership.org(), membership.user()), membership);
    }

    @Override
    public synchronized Optional<Membership> findMembership(OrgId org, UserId user) {
        return Optional.ofNullable(memberships.get(new MemberKey(org, user)));
    }

    @Override
    public synchronized List<Membership> memberships(UserId user) {
        return memberships.values().stream().filter(m -> m.user().equals(user))
                .sorted(Comparator.comparingLong(m -> m.org().value())).toList();
    }

    @Override
    public synchronized Project createProject(OrgId org, String title) {
        requireOrg(org);
        Project project = new Project(ProjectId.of(++lastProject), org, title);
        projects.put(project.id().value(), project);
        return project;
    }

    @Override
    public synchronized Optional<Project> findProject(ProjectId id) {
        return Optional.ofNullable(projects.get(id.value()));
    }

    @Override
    public synchronized List<Project> projects(OrgId org) {
        return projects.values().stream().filter(p -> p.org().equals(org)).toList();
    }

    @Override
    public synchronized DocumentTemplate createDocumentTemplate(OrgId org, String title) {
        requireOrg(org);
        DocumentTemplate template = new DocumentTemplate(DocumentTemplateId.of(++lastTemplate), org, title);
        templates.put(template.id().value(), template);
        return template;
    }

    @Override
    public synchronized Optional<DocumentTemplate> findDocumentTemplate(DocumentTemplateId id) {
        return Optional.ofNullable(templates.get(id.value()));
    }

    @Override
    public synchronized List<DocumentTemplate> documentTemplates(OrgId org) {
        return templates.values().stream().filter(t -> t.org().equals(org)).toList();
    }

    @Override
    public synchronized void assignProject(ProjectId project, UserId user, AccessLevel level) {
        if (!projects.containsKey(project.value())) {
            throw new IllegalArgumentException("No project " + project);
        }
        requireUser(user);
        assignments.put(new AssignmentKey(project, user), level);
    }

    @Override
    public synchronized Map<ProjectId, AccessLevel> assignments(OrgId org, UserId user) {
        Map<ProjectId, AccessLevel> result = new LinkedHashMap<>();
        for (Project project : projects.values()) {
            AccessLevel level = assignments.get(new AssignmentKey(project.id(), user));
            if (level != null && project.org().equals(org)) {
                result.put(project.id(), level);
            }
        }
        return Map.copyOf(result);
    }

    @Override
    public synchronized void storeToken(TokenRecord token) {
        requireUser(token.user());
        if (tokens.containsKey(token.sha256())) {
            throw new ConflictException("This token is already stored.");
        }
        tokens.put(token.sha256(), token);
    }

    @Override
    public synchronized Optional<TokenRecord> findToken(String sha256) {
        return Optional.ofNullable(tokens.get(sha256));
    }

    @Override
    public synchronized Optional<TokenIdentity> findIdentity(String sha256, OrgId org) {
        return findToken(sha256).map(token ->
                new TokenIdentity(token, findMembership(org, token.user()), assignments(org, token.user())));
    }

    @Override
    public synchronized boolean revokeToken(String sha256, Instant when) {
        TokenRecord token = tokens.get(sha256);
        if (token == null) {
            return false;
        }
        tokens.put(sha256, new TokenRecord(token.sha256(), token.user(), token.createdAt(), token.expiresAt(), when));
        return true;
    }

    private void requireOrg(OrgId org) {
        if (!orgs.containsKey(org)) {
            throw new IllegalArgumentException("No org " + org);
        }
    }

    private void requireUser(UserId user) {
        if (!users.containsKey(user.value())) {
            throw new IllegalArgumentException("No user " + user);
        }
    }

    private static String fold(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
