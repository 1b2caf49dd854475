package org.privatefiles.adapter.filestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privatefiles.application.port.out.StoredContent;
import org.privatefiles.application.port.out.StoredKey;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.failure.TooLargeException;

/** How the local disk store lays its files out and cleans up after itself. */
class LocalDiskContentStoreOnDiskTest {
    @TempDir
    Path temp;

    private Path root;
    private LocalDiskContentStore store;

    @BeforeEach
    void openStore() {
        root = temp.resolve("store");
        store = new LocalDiskContentStore(root);
    }

    @Test
    void a_missing_root_folder_is_created() {
        assertThat(root).isDirectory();
        assertThat(store.isAvailable()).isTrue();
    }

    @Test
    void content_lands_under_the_root_in_two_levels_of_folders_named_after_the_key() {
        StoredContent stored = write("some bytes");

        assertThat(stored.key()).matches("[0-9a-f]{32}");
        Path expected = root.resolve(stored.key().substring(0, 2)).resolve(stored.key().substring(2, 4)).resolve(stored.key());
        assertThat(StoreFiles.under(temp)).containsExactly(expected);
        assertThat(expected).hasContent("some bytes");
    }

    @Test
    void no_temp_file_remains_after_a_successful_write() {
        write("complete");

        assertThat(StoreFiles.tempFilesUnder(root)).isEmpty();
    }

    @Test
    void no_file_remains_after_a_write_whose_source_fails() {
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 100_000) {
                    throw new IOException("client went away");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.write(failing, Long.MAX_VALUE))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("client went away");
        assertThat(StoreFiles.under(root)).isEmpty();
    }

    @Test
    void no_file_remains_after_a_write_that_is_too_large() {
        assertThatThrownBy(() -> store.write(new GeneratedStream(3L << 20, 1), 2L << 20)).isInstanceOf(TooLargeException.class);

        assertThat(StoreFiles.under(root)).isEmpty();
    }

    @Test
    void keys_with_path_separators_dots_or_another_shape_are_refused_without_touching_the_disk() throws IOException {
        String key = write("inside").key();
        String lookalike = "0123456789abcdef0123456789abcdef";
        Path outside = Files.writeString(temp.resolve(lookalike), "outside");
        List<String> refused = List.of("../" + lookalike, "./" + key, key.substring(0, 2) + "/" + key.substring(2, 4) + "/" + key,
                key.substring(0, 31) + ".", "..", key.toUpperCase(), key + "0", key.substring(1), key + "/", "/" + key, key + "\0");

        for (String hostile : refused) {
            assertThatThrownBy(() -> store.open(hostile, 0, 10)).as(hostile).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> store.size(hostile)).as(hostile).isInstanceOf(NotFoundException.class);
            assertThat(store.exists(hostile)).as(hostile).isFalse();
            assertThat(store.delete(hostile)).as(hostile).isFalse();
        }
        assertThat(store.exists(null)).isFalse();
        assertThat(store.delete(null)).isFalse();
        assertThat(outside).hasContent("outside");
        assertThat(store.exists(key)).isTrue();
    }

    @Test
    void keys_list_only_complete_content_and_skip_unfinished_writes_and_foreign_files() throws IOException {
        String key = write("complete").key();
        Path folder = root.resolve("ab").resolve("cd");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(".tmp-0011223344556677"), "half");
        Files.writeString(folder.resolve("notes.txt"), "not ours");
        Files.writeString(folder.resolve("0123456789abcdef0123456789abcdef"), "a key in the wrong folder");
        Files.writeString(root.resolve("fedcba9876543210fedcba9876543210"), "a key outside the fan-out");

        try (var keys = store.keys()) {
            assertThat(keys.map(StoredKey::key)).containsExactly(key);
        }
    }

    @Test
    void removing_unfinished_writes_removes_an_old_temp_file_and_keeps_a_fresh_one() throws IOException {
        String key = write("complete").key();
        Path folder = root.resolve("ab").resolve("cd");
        Files.createDirectories(folder);
        Path old = Files.writeString(folder.resolve(".tmp-0000000000000001"), "abandoned");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(25))));
        Path fresh = Files.writeString(folder.resolve(".tmp-0000000000000002"), "still being written");

        int removed = store.removeUnfinishedWritesBefore(Instant.now().minus(Duration.ofHours(24)));

        assertThat(removed).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(store.exists(key)).isTrue();
    }

    @Test
    void a_write_whose_temp_file_is_swept_midway_fails_and_keeps_nothing() {
        InputStream sweptMidway = new FilterInputStream(new GeneratedStream(4L * 1024 * 1024, 3)) {
            private long served;
            private boolean swept;

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (served >= 2L * 1024 * 1024 && !swept) {
                    swept = store.removeUnfinishedWritesBefore(Instant.now().plusSeconds(60)) == 1;
                }
                int n = super.read(bytes, offset, length);
                served += Math.max(n, 0);
                return n;
            }
        };

        assertThatThrownBy(() -> store.write(sweptMidway, Long.MAX_VALUE)).isInstanceOf(UncheckedIOException.class);

        assertThat(StoreFiles.under(root)).isEmpty();
    }

    @Test
    void content_survives_reopening_the_store_on_the_same_root() throws IOException {
        StoredContent stored = write("durable");

        var reopened = new LocalDiskContentStore(root);

        assertThat(reopened.size(stored.key())).isEqualTo(7);
        try (InputStream in = reopened.open(stored.key(), 0, Long.MAX_VALUE)) {
            assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("durable");
        }
        try (var keys = reopened.keys()) {
            assertThat(keys.map(StoredKey::key)).containsExactly(stored.key());
        }
    }

    @Test
    void a_write_with_many_early_flushes_keeps_every_byte() {
        var flushingOften = new LocalDiskContentStore(root, HashingCopy.BUFFER_SIZE);
        long length = 40L * 1024 * 1024 + 123;
        var source = new GeneratedStream(length, 5);
        var expected = new GeneratedStream(length, 5);

        StoredContent stored = flushingOften.write(source, Long.MAX_VALUE);

        assertThat(stored.size()).isEqualTo(length);
        assertThat(StoreFiles.md5(store.open(stored.key(), 0, Long.MAX_VALUE))).isEqualTo(StoreFiles.md5(expected));
    }

    @Test
    void concurrent_writes_each_land_complete_under_their_own_key() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<StoredContent>> writes = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                long seed = i;
                Callable<StoredContent> write = () -> store.write(new GeneratedStream(3L * 1024 * 1024 + seed, seed), Long.MAX_VALUE);
                writes.add(pool.submit(write));
            }
            for (int i = 0; i < writes.size(); i++) {
                StoredContent stored = writes.get(i).get();
                assertThat(StoreFiles.md5(store.open(stored.key(), 0, Long.MAX_VALUE)))
                        .isEqualTo(StoreFiles.md5(new GeneratedStream(3L * 1024 * 1024 + i, i)));
            }
            try (var keys = store.keys()) {
                assertThat(keys).hasSize(16);
            }
            assertThat(StoreFiles.tempFilesUnder(root)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void skipping_inside_a_range_never_passes_its_end() throws IOException {
        String key = write("0123456789").key();

        try (InputStream in = store.open(key, 2, 5)) {
            assertThat(in.available()).isEqualTo(5);
            assertThat(in.skip(3)).isEqualTo(3);
            assertThat(in.read()).isEqualTo('5');
            assertThat(in.skip(100)).isEqualTo(1);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void a_negative_offset_or_length_is_refused() {
        String key = write("bytes").key();

        assertThatThrownBy(() -> store.open(key, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(key, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.write(InputStream.nullInputStream(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stored_files_and_folders_are_accessible_to_their_owner_only() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        String key = write("private").key();
        Path file = root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).isEqualTo("rwx------");
    }

    @Test
    void the_store_is_unavailable_when_its_root_is_not_a_folder() throws IOException {
        Files.delete(root);
        Files.writeString(root, "a file where the root should be");

        assertThat(store.isAvailable()).isFalse();
    }

    private StoredContent write(String text) {
        return store.write(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE);
    }
}
