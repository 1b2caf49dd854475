package org.privatefiles.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.application.port.in.FilePatch;

class MaintenanceServiceTest {
    private final CoreFixture f = new CoreFixture(CoreSettings.defaults()
            .withExpiries(Duration.ofDays(7), Duration.ofMinutes(30), Duration.ofMinutes(10))
            .withOrphanContentGrace(Duration.ofMinutes(5)));

    @Test
    void temporary_files_are_removed_with_their_content_once_older_than_the_expiry() {
        var pro = f.proWithEverything("pro");
        var temporary = f.upload(pro, FilePatch.builder().temporary(true).build(), "x");
        var kept = f.upload(pro, FilePatch.EMPTY, "y");
        f.clock.advance(Duration.ofMinutes(9));
        assertThat(f.core.maintenance().sweep().temporaryFiles()).isZero();
        f.clock.advance(Duration.ofMinutes(2));
        assertThat(f.core.maintenance().sweep().temporaryFiles()).isEqualTo(1);
        assertThat(f.files.find(temporary.id())).isEmpty();
        assertThat(f.files.find(kept.id())).isPresent();
        assertThat(f.storedKeys()).isEqualTo(1);
    }

    @Test
    void abandoned_chunked_uploads_are_removed_with_their_parts() {
        var pro = f.proWithEverything("pro");
        var upload = f.core.chunkedUploads().start(f.write(pro), FilePatch.builder().title("big").build());
        f.core.chunkedUploads().putPart(f.write(pro), upload.id(), 1, new ByteArrayInputStream(new byte[] {1}), null);
        f.clock.advance(Duration.ofMinutes(31));
        assertThat(f.core.maintenance().sweep().abandonedUploads()).isEqualTo(1);
        assertThat(f.files.find(upload.id())).isEmpty();
        assertThat(f.storedKeys()).isZero();
    }

    @Test
    void content_no_file_uses_is_removed_only_after_the_grace_period() {
        var pro = f.proWithEverything("pro");
        var used = f.upload(pro, FilePatch.EMPTY, "used");
        var staged = f.core.createFile().stage(f.write(pro), new ByteArrayInputStream(new byte[] {7}), "orphan");
        assertThat(f.core.maintenance().sweep().orphanContents()).isZero();
        f.clock.advance(Duration.ofMinutes(6));
        assertThat(f.core.maintenance().sweep().orphanContents()).isEqualTo(1);
        assertThat(f.content.exists(staged.key())).isFalse();
        assertThat(f.content.exists(used.content().storageKey())).isTrue();
    }
}
