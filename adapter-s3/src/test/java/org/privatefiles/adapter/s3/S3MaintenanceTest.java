package org.privatefiles.adapter.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.fake.InMemoryDirectory;
import org.privatefiles.application.fake.InMemoryFileTagCatalog;
import org.privatefiles.application.fake.InMemoryPrivateFileRepository;
import org.privatefiles.application.fake.InMemoryThrottleStore;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.application.port.out.ContentKeys;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.throttle.ThrottleScope;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The core's maintenance pass on the S3 store: orphan objects and abandoned multipart uploads go, content in use stays. */
class S3MaintenanceTest {
    private static LocalS3 s3;

    @BeforeAll
    static void startS3() {
        s3 = LocalS3.start();
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @Test
    void a_sweep_removes_orphan_objects_and_aborts_abandoned_multipart_uploads_but_keeps_content_in_use() {
        var settings = s3.newBucket("org-files");
        String bucket = settings.location().bucket();
        try (var store = S3ContentStore.open(settings); S3Client client = s3.client()) {
            // The core's clock runs ahead, so that everything written now is older than the (short) grace period.
            var later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(10)), ZoneOffset.UTC);
            var tags = InMemoryFileTagCatalog.seeded();
            var core = PrivateFilesCore.builder().files(new InMemoryPrivateFileRepository(tags)).tags(tags)
                    .directory(new InMemoryDirectory()).throttle(new InMemoryThrottleStore()).content(store).clock(later)
                    .settings(CoreSettings.defaults().withOrphanContentGrace(Duration.ofMinutes(5))).passwordIterations(1000).build();
            var org = core.administration().createOrg("Org");
            var user = core.administration().createUser("pro@example.com", null, false);
            core.administration().addMember(new Membership(org, user, Role.PRO, true, true, ProjectScope.ALL, AccessLevel.EDIT));
            var used = core.createFile().create(core.admitRequest().admit(user, org, ThrottleScope.WRITE), FilePatch.EMPTY,
                    new ByteArrayInputStream(new byte[] {1, 2, 3}), "used.bin");
            String orphan = store.write(new ByteArrayInputStream(new byte[] {4}), Long.MAX_VALUE).key();
            String abandoned = settings.location().prefix() + ContentKeys.newKey();
            String uploadId = client.createMultipartUpload(r -> r.bucket(bucket).key(abandoned)).uploadId();
            client.uploadPart(r -> r.bucket(bucket).key(abandoned).uploadId(uploadId).partNumber(1), RequestBody.fromBytes(new byte[100]));

            var report = core.maintenance().sweep();

            assertThat(report.orphanContents()).isEqualTo(1);
            assertThat(report.unfinishedWrites()).isEqualTo(1);
            assertThat(store.exists(orphan)).isFalse();
            assertThat(store.exists(used.content().storageKey())).isTrue();
            assertThat(client.listMultipartUploads(r -> r.bucket(bucket)).uploads()).isEmpty();
        }
    }
}
