package org.privatefiles.application.service;

import java.time.Clock;
import org.privatefiles.application.port.in.AdministrationUseCase;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.application.port.out.TokenRecord;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.file.DocumentTemplate;
import org.privatefiles.domain.actor.Project;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.tag.FileTag;

/** Service: the operator's commands, with the existence checks the directory does not make. */
public final class AdministrationService implements AdministrationUseCase {
    private final Directory directory;
    private final FileTagCatalog tags;
    private final PasswordHashing hashing;
    private final Clock clock;

    AdministrationService(Directory directory, FileTagCatalog tags, PasswordHashing hashing, Clock clock) {
        this.directory = directory;
        this.tags = tags;
        this.hashing = hashing;
        this.clock = clock;
    }

    @Override
    public OrgId createOrg(String name) {
        return directory.createOrg(required("name", name));
    }

    @Override
    public UserId createUser(String email, String password, boolean machine) {
        String address = required("email", email);
        if (!address.matches("[^@\\s]+@[^@\\s]+")) {
            throw InvalidException.of("email", new Problem.InvalidEmail());
        }
        if (password != null && password.isEmpty()) {
            throw InvalidException.of("password", new Problem.Blank());
        }
        return directory.createUser(address, password == null ? null : hashing.hash(password), machine).id();
    }

    @Override
    public void addMember(Membership membership) {
        requireOrg(membership.org());
        requireUser(membership.user());
        directory.putMembership(membership);
    }

    @Override
    public Project createProject(OrgId org, String title) {
        requireOrg(org);
        return directory.createProject(org, required("title", title));
    }

    @Override
    public DocumentTemplate createDocumentTemplate(OrgId org, String title) {
        requireOrg(org);
        return directory.createDocumentTemplate(org, required("title", title));
    }

    @Override
    public void assignProject(ProjectId project, UserId user, AccessLevel level) {
        directory.findProject(project).orElseThrow(() -> new NotFoundException("No project " + project + "."));
        requireUser(user);
        directory.assignProject(project, user, level);
    }

    @Override
    public String createToken(UserId user) {
        requireUser(user);
        String token = Tokens.newToken();
        directory.storeToken(new TokenRecord(Tokens.sha256(token), user, Timestamps.now(clock), null, null));
        return token;
    }

    @Override
    public void revokeToken(String token) {
        if (token == null || !directory.revokeToken(Tokens.sha256(token.strip()), Timestamps.now(clock))) {
            throw new NotFoundException("No such token.");
        }
    }

    @Override
    public FileTag createTag(String title, boolean export) {
        return tags.create(required("title", title), export);
    }

    private void requireOrg(OrgId org) {
        if (!directory.orgExists(org)) {
            throw new NotFoundException("No org " + org + ".");
        }
    }

    private void requireUser(UserId user) {
        directory.findUser(user).orElseThrow(() -> new NotFoundException("No user " + user + "."));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidException.of(field, new Problem.Blank());
        }
        return value.strip();
    }
}
