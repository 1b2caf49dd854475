package org.privatefiles.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resume state: one per (server, org, absolute path), resumable only while size and modification time match. */
class UploadStatesTest {
    @TempDir
    Path dir;

    private static final Path FILE = Path.of("/data/backup.iso");

    private UploadState state(String server, long org, Path path, long size, String modified) {
        return new UploadState(server, org, path.toString(), size, modified, 42, 16 << 20);
    }

    @Test
    void a_saved_state_is_found_again_by_server_org_and_path() {
        var states = new UploadStates(dir);
        states.save(state("https://a.example", 1, FILE, 100, "2026-01-01T00:00:00Z"));

        assertThat(new UploadStates(dir).find("https://a.example", 1, FILE))
                .contains(state("https://a.example", 1, FILE, 100, "2026-01-01T00:00:00Z"));
    }

    @Test
    void another_server_org_or_path_has_a_key_of_its_own() {
        String key = UploadStates.key("https://a.example", 1, FILE);

        assertThat(UploadStates.key("https://b.example", 1, FILE)).isNotEqualTo(key);
        assertThat(UploadStates.key("https://a.example", 2, FILE)).isNotEqualTo(key);
        assertThat(UploadStates.key("https://a.example", 1, Path.of("/data/other.iso"))).isNotEqualTo(key);
        assertThat(UploadStates.key("https://a.example", 1, FILE)).isEqualTo(key);
    }

    @Test
    void a_state_of_another_org_is_not_found() {
        var states = new UploadStates(dir);
        states.save(state("https://a.example", 1, FILE, 100, "2026-01-01T00:00:00Z"));

        assertThat(states.find("https://a.example", 2, FILE)).isEmpty();
        assertThat(states.find("https://b.example", 1, FILE)).isEmpty();
    }

    @Test
    void a_changed_size_or_modification_time_is_not_the_same_local_file() {
        UploadState saved = state("https://a.example", 1, FILE, 100, "2026-01-01T00:00:00Z");

        assertThat(saved.sameLocalFile(100, "2026-01-01T00:00:00Z")).isTrue();
        assertThat(saved.sameLocalFile(101, "2026-01-01T00:00:00Z")).isFalse();
        assertThat(saved.sameLocalFile(100, "2026-01-01T00:00:01Z")).isFalse();
    }

    @Test
    void a_deleted_state_is_gone() {
        var states = new UploadStates(dir);
        UploadState saved = state("https://a.example", 1, FILE, 100, "2026-01-01T00:00:00Z");
        states.save(saved);
        states.delete(saved);

        assertThat(states.find("https://a.example", 1, FILE)).isEmpty();
    }

    @Test
    void state_files_are_readable_by_their_owner_only() throws Exception {
        var states = new UploadStates(dir.resolve("uploads"));
        states.save(state("https://a.example", 1, FILE, 100, "2026-01-01T00:00:00Z"));

        Path file = states.fileOf("https://a.example", 1, FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("uploads")))).isEqualTo("rwx------");
    }
}
