package org.privatefiles.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.application.port.in.FileUpdate;
import org.privatefiles.application.port.in.PartReference;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.ForbiddenException;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.application.port.in.Fields;
import org.privatefiles.domain.file.Md5;
import org.privatefiles.domain.file.PrivateFile;

class ChunkedUploadServiceTest {
    private static final int MIN_PART = 16;

    private final CoreFixture f = new CoreFixture(CoreSettings.defaults().withMinPartBytes(MIN_PART));
    private final UserId pro = f.proWithEverything("pro");

    private PrivateFile start() {
        return f.core.chunkedUploads().start(f.write(pro), FilePatch.builder().title("big.bin").build());
    }

    private static byte[] bytes(int size, int seed) {
        var b = new byte[size];
        Arrays.fill(b, (byte) seed);
        return b;
    }

    private String put(PrivateFile file, int n, byte[] bytes) {
        return f.core.chunkedUploads().putPart(f.write(pro), file.id(), n, new ByteArrayInputStream(bytes), null).etag();
    }

    @Test
    void a_started_upload_is_uploading_with_an_id_no_parts_and_no_content() {
        var file = start();
        assertThat(file.status()).isEqualTo("uploading");
        assertThat(file.upload().uploadId()).isNotBlank();
        assertThat(file.upload().parts()).isEmpty();
        assertThat(file.content()).isNull();
    }

    @Test
    void a_title_is_required_to_start() {
        assertThatThrownBy(() -> f.core.chunkedUploads().start(f.write(pro), FilePatch.EMPTY))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.problems()).containsKey("title"));
    }

    @Test
    void completing_joins_the_parts_in_order_with_the_whole_md5() throws IOException {
        var file = start();
        byte[] a = bytes(MIN_PART, 1);
        byte[] b = bytes(5, 2);
        put(file, 2, b);
        put(file, 1, a);
        var done = f.core.chunkedUploads().complete(f.write(pro), file.id(), Optional.empty());
        var whole = new byte[a.length + b.length];
        System.arraycopy(a, 0, whole, 0, a.length);
        System.arraycopy(b, 0, whole, a.length, b.length);
        var digest = Md5.newDigest();
        digest.update(whole);
        assertThat(done.content().md5()).isEqualTo(Md5.hex(digest));
        assertThat(done.content().size()).isEqualTo(whole.length);
        assertThat(done.status()).isEqualTo("created");
        assertThat(done.upload().completedOn()).isEqualTo(f.clock.instant());
        try (var in = f.core.downloadContent().open(done, 0, Long.MAX_VALUE)) {
            assertThat(in.readAllBytes()).isEqualTo(whole);
        }
    }

    @Test
    void resending_a_part_replaces_it_and_removes_the_old_bytes() {
        var file = start();
        put(file, 1, bytes(MIN_PART, 1));
        put(file, 1, bytes(MIN_PART, 9));
        var parts = f.files.find(file.id()).orElseThrow().upload().parts();
        assertThat(parts).hasSize(1);
        assertThat(f.storedKeys()).isEqualTo(1);
    }

    @Test
    void a_part_whose_md5_differs_from_content_md5_is_refused_and_not_stored() {
        var file = start();
        assertThatThrownBy(() -> f.core.chunkedUploads().putPart(f.write(pro), file.id(), 1,
                new ByteArrayInputStream(bytes(4, 1)), Md5.hexOf("other")))
                .isInstanceOf(InvalidException.class);
        assertThat(f.storedKeys()).isZero();
        assertThat(f.files.find(file.id()).orElseThrow().upload().parts()).isEmpty();
    }

    @Test
    void completing_with_a_wrong_etag_is_refused_and_changes_nothing() {
        var file = start();
        put(file, 1, bytes(3, 1));
        var before = f.files.find(file.id()).orElseThrow();
        assertThatThrownBy(() -> f.core.chunkedUploads().complete(f.write(pro), file.id(),
                Optional.of(List.of(new PartReference(1, Md5.hexOf("nope"))))))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.problems()).containsKey(Fields.PARTS));
        assertThat(f.files.find(file.id())).contains(before);
    }

    @Test
    void completing_with_a_missing_part_is_refused() {
        var file = start();
        var etag = put(file, 1, bytes(MIN_PART, 1));
        assertThatThrownBy(() -> f.core.chunkedUploads().complete(f.write(pro), file.id(),
                Optional.of(List.of(new PartReference(1, etag), new PartReference(2, etag)))))
                .isInstanceOf(InvalidException.class);
    }

    @Test
    void a_part_smaller_than_the_minimum_is_refused_unless_it_is_the_last() {
        var file = start();
        put(file, 1, bytes(MIN_PART - 1, 1));
        put(file, 2, bytes(1, 2));
        assertThatThrownBy(() -> f.core.chunkedUploads().complete(f.write(pro), file.id(), Optional.empty()))
                .isInstanceOf(InvalidException.class);
    }

    @Test
    void part_numbers_outside_1_to_10000_are_invalid() {
        var file = start();
        assertThatThrownBy(() -> put(file, 0, bytes(1, 1))).isInstanceOf(InvalidException.class);
        assertThatThrownBy(() -> put(file, 10_001, bytes(1, 1))).isInstanceOf(InvalidException.class);
    }

    @Test
    void parts_of_an_upload_the_caller_may_not_write_are_forbidden() {
        var file = start();
        var other = f.proWithNothing("other");
        assertThatThrownBy(() -> f.core.chunkedUploads().putPart(f.write(other), file.id(), 1,
                new ByteArrayInputStream(bytes(1, 1)), null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void deleting_an_upload_aborts_it_and_removes_its_parts() {
        var file = start();
        put(file, 1, bytes(MIN_PART, 1));
        f.core.deleteFile().delete(f.write(pro), file.id());
        assertThat(f.storedKeys()).isZero();
        assertThat(f.files.find(file.id())).isEmpty();
    }

    @Test
    void a_change_made_while_a_part_arrives_is_kept() {
        var file = start();
        var arriving = new ByteArrayInputStream(bytes(MIN_PART, 1)) {
            private boolean renamed;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (!renamed) {
                    renamed = true;
                    f.core.updateFile().update(f.write(pro), file.id(),
                            FileUpdate.of(FilePatch.builder().title("renamed").build()));
                }
                return super.read(b, off, len);
            }
        };
        f.core.chunkedUploads().putPart(f.write(pro), file.id(), 1, arriving, null);
        assertThat(f.files.find(file.id()).orElseThrow().title().value()).isEqualTo("renamed");
    }
}
