package org.privatefiles.bootstrap;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.Project;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.PrivateFilesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the demo account of {@code serve --demo} once: an org, a pro user {@value #EMAIL} with every
 * permission, a project and a token. The token is kept in {@code <data-dir>/demo-token} and the ids in
 * {@code <data-dir>/demo-ids}, so a restart prints the same line and makes nothing new.
 */
final class DemoSetup {
    static final String EMAIL = "demo@example.com";
    static final String TOKEN_FILE = "demo-token";
    static final String IDS_FILE = "demo-ids";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);

    private final PrivateFilesCore core;
    private final Directory directory;
    private final Path dataDir;

    DemoSetup(PrivateFilesCore core, Directory directory, Path dataDir) {
        this.core = core;
        this.directory = directory;
        this.dataDir = dataDir;
    }

    DemoAccount ensure() {
        Optional<UserId> existing = directory.findUserByEmail(EMAIL).map(u -> u.id());
        if (existing.isEmpty()) {
            return create();
        }
        UserId user = existing.get();
        Properties ids = readIds();
        Optional<OrgId> org = number(ids, "org").map(OrgId::of);
        Optional<ProjectId> project = number(ids, "project").map(ProjectId::of);
        if (org.isEmpty()) {
            LOG.warn("The demo user {} exists but {} is missing from {}: the demo org is unknown here", EMAIL, IDS_FILE, dataDir);
        }
        String token = readToken().filter(t -> belongsTo(t, user)).orElseGet(() -> {
            String fresh = core.administration().createToken(user);
            write(TOKEN_FILE, fresh + "\n");
            return fresh;
        });
        LOG.info("Demo account already present: user {} ({}), org {}, project {}", user, EMAIL,
                org.map(Object::toString).orElse("?"), project.map(Object::toString).orElse("?"));
        return new DemoAccount(user, token, org, project);
    }

    private DemoAccount create() {
        var admin = core.administration();
        OrgId org = admin.createOrg("Demo org");
        UserId user = admin.createUser(EMAIL, null, false);
        admin.addMember(new Membership(org, user, Role.PRO, true, true, ProjectScope.ALL, AccessLevel.EDIT));
        Project project = admin.createProject(org, "Demo project");
        String token = admin.createToken(user);
        write(IDS_FILE, "org=" + org + "\nuser=" + user + "\nproject=" + project.id() + "\n");
        write(TOKEN_FILE, token + "\n");
        LOG.info("Demo account made: user {} ({}), org {}, project {}; token in {}", user, EMAIL, org, project.id(),
                dataDir.resolve(TOKEN_FILE));
        return new DemoAccount(user, token, Optional.of(org), Optional.of(project.id()));
    }

    private boolean belongsTo(String token, UserId user) {
        try {
            return core.authenticateToken().authenticate(token).equals(user);
        } catch (PrivateFilesException e) {
            return false;
        }
    }

    private Optional<String> readToken() {
        Path file = dataDir.resolve(TOKEN_FILE);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties readIds() {
        Path file = dataDir.resolve(IDS_FILE);
        var ids = new Properties();
        try {
            if (Files.exists(file)) {
                ids.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> number(Properties ids, String key) {
        try {
            return Optional.ofNullable(ids.getProperty(key)).map(String::strip).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void write(String name, String text) {
        OwnerOnlyFiles.write(dataDir.resolve(name), text);
    }
}
