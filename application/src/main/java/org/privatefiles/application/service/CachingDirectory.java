package org.privatefiles.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * A directory that remembers {@link #findIdentity} answers for a while ({@code ttl}, by the core's
 * clock), so that a request's identity costs no round trip in the steady state. Every change made
 * through it (membership, assignment, token) forgets what it remembered at once; a change made
 * elsewhere (another instance, the command line) is seen once the remembered answer is
 * {@code ttl} old. A zero {@code ttl} remembers nothing.
 */
final class CachingDirectory implements Directory {
    /** Past this many remembered answers, all are forgotten (a crude bound that keeps memory small). */
    static final int MAX_ENTRIES = 100_000;

    private final Directory directory;
    private final Duration ttl;
    private final Clock clock;
    private final Map<Key, Remembered> identities = new ConcurrentHashMap<>();

    CachingDirectory(Directory directory, Duration ttl, Clock clock) {
        this.directory = directory;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Optional<TokenIdentity> findIdentity(String sha256, OrgId org) {
        if (ttl.isZero()) {
            return directory.findIdentity(sha256, org);
        }
        Key key = new Key(sha256, org);
        Instant now = clock.instant();
        Remembered remembered = identities.get(key);
        if (remembered != null && !now.isBefore(remembered.at()) && now.isBefore(remembered.at().plus(ttl))) {
            return remembered.identity();
        }
        Optional<TokenIdentity> identity = directory.findIdentity(sha256, org);
        if (identities.size() >= MAX_ENTRIES) {
            identities.clear();
        }
        identities.put(key, new Remembered(identity, now));
        return identity;
    }

    @Override
    public void putMembership(Membership membership) {
        try {
            directory.putMembership(membership);
        } finally {
            identities.clear();
        }
    }

    @Override
    public void assignProject(ProjectId project, UserId user, AccessLevel level) {
        try {
            directory.assignProject(project, user, level);
        } finally {
            identities.clear();
        }
    }

    @Override
    public void storeToken(TokenRecord token) {
        try {
            directory.storeToken(token);
        } finally {
            identities.keySet().removeIf(k -> k.sha256().equals(token.sha256()));
        }
    }

    @Override
    public boolean revokeToken(String sha256, Instant when) {
        try {
            return directory.revokeToken(sha256, when);
        } finally {
            identities.keySet().removeIf(k -> k.sha256().equals(sha256));
        }
    }

    @Override
    public OrgId createOrg(String name) {
        return directory.createOrg(name);
    }

    @Override
    public boolean orgExists(OrgId org) {
        return directory.orgExists(org);
    }

    @Override
    public Optional<Org> findOrg(OrgId org) {
        return directory.findOrg(org);
    }

    @Override
    public List<Membership> memberships(UserId user) {
        return directory.memberships(user);
    }

    @Override
    public DocumentTemplate createDocumentTemplate(OrgId org, String title) {
        return directory.createDocumentTemplate(org, title);
    }

    @Override
    public Optional<DocumentTemplate> findDocumentTemplate(DocumentTemplateId id) {
        return directory.findDocumentTemplate(id);
    }

    @Override
    public List<DocumentTemplate> documentTemplates(OrgId org) {
        return directory.documentTemplates(org);
    }

    @Override
    public UserAccount createUser(String email, String passwordHash, boolean machine) {
        return directory.createUser(email, passwordHash, machine);
    }

    @Override
    public Optional<UserAccount> findUser(UserId id) {
        return directory.findUser(id);
    }

    @Override
    public Optional<UserAccount> findUserByEmail(String email) {
        return directory.findUserByEmail(email);
    }

    @Override
    public Optional<Membership> findMembership(OrgId org, UserId user) {
        return directory.findMembership(org, user);
    }

    @Override
    public Project createProject(OrgId org, String title) {
        return directory.createProject(org, title);
    }

    @Override
    public Optional<Project> findProject(ProjectId id) {
        return directory.findProject(id);
    }

    @Override
    public List<Project> projects(OrgId org) {
        return directory.projects(org);
    }

    @Override
    public Map<ProjectId, AccessLevel> assignments(OrgId org, UserId user) {
        return directory.assignments(org, user);
    }

    @Override
    public Optional<TokenRecord> findToken(String sha256) {
        return directory.findToken(sha256);
    }

    private record Key(String sha256, OrgId org) {
    }

    private record Remembered(Optional<TokenIdentity> identity, Instant at) {
    }
}
