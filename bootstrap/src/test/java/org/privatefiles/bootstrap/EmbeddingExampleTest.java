package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privatefiles.adapter.filestore.LocalDiskContentStore;
import org.privatefiles.adapter.jdbc.JdbcPersistence;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.fake.InMemoryContentStore;
import org.privatefiles.application.fake.InMemoryDirectory;
import org.privatefiles.application.fake.InMemoryFileTagCatalog;
import org.privatefiles.application.fake.InMemoryPrivateFileRepository;
import org.privatefiles.application.fake.InMemoryThrottleStore;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.application.port.in.ListPrivateFilesQuery;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.throttle.ThrottleScope;

/** The embedding examples of the README, kept compiling and working. */
class EmbeddingExampleTest {

    @Test
    void the_core_runs_on_the_in_memory_adapters() {
        var tags = InMemoryFileTagCatalog.seeded();
        PrivateFilesCore core = PrivateFilesCore.builder()
                .files(new InMemoryPrivateFileRepository(tags))
                .tags(tags)
                .directory(new InMemoryDirectory())
                .content(new InMemoryContentStore())
                .throttle(new InMemoryThrottleStore())
                .build();
        assertThat(uploadAndList(core)).hasSize(1);
    }

    @Test
    void the_core_runs_on_jdbc_and_the_local_disk(@TempDir Path dataDir) {
        try (JdbcPersistence db = JdbcPersistence.open(JdbcPersistence.h2FileUrl(dataDir), null, null)) {
            PrivateFilesCore core = PrivateFilesCore.builder()
                    .files(db.files()).tags(db.tags()).directory(db.directory()).throttle(db.throttle())
                    .content(new LocalDiskContentStore(dataDir.resolve("files")))
                    .settings(CoreSettings.defaults())
                    .build();
            assertThat(uploadAndList(core)).hasSize(1);
        }
    }

    private static List<PrivateFile> uploadAndList(PrivateFilesCore core) {
        var admin = core.administration();
        OrgId org = admin.createOrg("Acme");
        UserId ann = admin.createUser("ann@example.com", null, false);
        admin.addMember(new Membership(org, ann, Role.PRO, true, false, ProjectScope.ALL, AccessLevel.EDIT));

        var write = core.admitRequest().admit(ann, org, ThrottleScope.WRITE);
        PrivateFile file = core.createFile().create(write, FilePatch.builder().title("hello.txt").build(),
                new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), "hello.txt");
        assertThat(file.content().md5()).isEqualTo("5d41402abc4b2a76b9719d911017c592");

        var read = core.admitRequest().admit(ann, org, ThrottleScope.READ);
        try (var listing = core.listFiles().list(read, ListPrivateFilesQuery.everything())) {
            return listing.files().toList();
        }
    }
}
