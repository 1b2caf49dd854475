package org.privatefiles.application.service;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.fake.InMemoryContentStore;
import org.privatefiles.application.fake.InMemoryDirectory;
import org.privatefiles.application.fake.InMemoryFileTagCatalog;
import org.privatefiles.application.fake.InMemoryPrivateFileRepository;
import org.privatefiles.application.fake.InMemoryThrottleStore;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.throttle.ThrottleScope;

/** Test support: the core on in-memory fakes with a clock the test moves, plus shortcuts to set up actors. */
final class CoreFixture {
    final MovableClock clock = new MovableClock(Instant.parse("2026-02-11T01:50:41.756421Z"));
    final InMemoryFileTagCatalog tags = InMemoryFileTagCatalog.seeded();
    final InMemoryPrivateFileRepository files = new InMemoryPrivateFileRepository(tags);
    final InMemoryDirectory directory = new InMemoryDirectory();
    final InMemoryContentStore content = new InMemoryContentStore(clock);
    final InMemoryThrottleStore throttle = new InMemoryThrottleStore();
    final PrivateFilesCore core;
    final OrgId org;

    CoreFixture() {
        this(CoreSettings.defaults());
    }

    CoreFixture(CoreSettings settings) {
        core = PrivateFilesCore.builder().files(files).tags(tags).directory(directory).content(content)
                .throttle(throttle).clock(clock).settings(settings).passwordIterations(1000).build();
        org = core.administration().createOrg("Org");
    }

    UserId user(String name) {
        return core.administration().createUser(name + "@example.com", null, false);
    }

    /** A pro member with the given permissions. */
    UserId pro(String name, boolean orgWide, boolean export, ProjectScope scope, AccessLevel level) {
        var user = user(name);
        core.administration().addMember(new Membership(org, user, Role.PRO, orgWide, export, scope, level));
        return user;
    }

    UserId proWithEverything(String name) {
        return pro(name, true, true, ProjectScope.ALL, AccessLevel.EDIT);
    }

    UserId proWithNothing(String name) {
        return pro(name, false, false, ProjectScope.ASSIGNED, AccessLevel.VIEW);
    }

    Admission write(UserId user) {
        return core.admitRequest().admit(user, org, ThrottleScope.WRITE);
    }

    Admission read(UserId user) {
        return core.admitRequest().admit(user, org, ThrottleScope.READ);
    }

    PrivateFile upload(UserId user, FilePatch fields, String text) {
        return core.createFile().create(write(user), fields, bytes(text), "upload.txt");
    }

    static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    long storedKeys() {
        try (var keys = content.keys()) {
            return keys.count();
        }
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
