package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated link-signing keys: made once, reused, rotated with the old key verifying until its links expire. */
class SigningKeyFileTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration TTL = Duration.ofHours(1);

    @TempDir
    Path dataDir;

    @Test
    void the_first_start_generates_a_32_byte_key_readable_only_by_the_owner() throws Exception {
        SigningKeyRing ring = new SigningKeyFile(dataDir, TTL).loadOrCreate(NOW);
        assertThat(ring.current().secret()).hasSize(32);
        assertThat(ring.older()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("signing-key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void later_starts_reuse_the_generated_key() {
        SigningKeyRing first = new SigningKeyFile(dataDir, TTL).loadOrCreate(NOW);
        SigningKeyRing second = new SigningKeyFile(dataDir, TTL).loadOrCreate(NOW.plusSeconds(60));
        assertThat(second.current()).isEqualTo(first.current());
    }

    @Test
    void rotation_makes_a_new_current_key_and_keeps_the_old_one_verifying() {
        var file = new SigningKeyFile(dataDir, TTL);
        SigningKey old = file.loadOrCreate(NOW).current();
        SigningKey fresh = file.rotate(NOW);
        SigningKeyRing ring = file.loadOrCreate(NOW.plus(Duration.ofMinutes(59)));
        assertThat(ring.current()).isEqualTo(fresh);
        assertThat(ring.older()).extracting(SigningKey::id).containsExactly(old.id());
    }

    @Test
    void a_retired_key_stops_verifying_once_its_links_have_expired() {
        var file = new SigningKeyFile(dataDir, TTL);
        file.loadOrCreate(NOW);
        file.rotate(NOW);
        assertThat(file.loadOrCreate(NOW.plus(TTL)).older()).isEmpty();
        file.rotate(NOW.plus(TTL));
        assertThat(Files.exists(dataDir.resolve("signing-key"))).isTrue();
        assertThat(file.loadOrCreate(NOW.plus(TTL)).older()).hasSize(1);
    }

    @Test
    void a_configured_key_list_signs_with_the_first_and_verifies_with_all() {
        SigningKeyRing ring = SigningKeyRing.fromSetting("new-secret-0123456789, old-secret-0123456789");
        assertThat(ring.current()).isEqualTo(SigningKey.ofText("new-secret-0123456789"));
        assertThat(ring.older()).containsExactly(SigningKey.ofText("old-secret-0123456789"));
        assertThat(ring.current().id()).isNotEqualTo(ring.older().get(0).id());
    }

    @Test
    void a_configured_secret_shorter_than_16_characters_is_a_usage_error() {
        assertThatThrownBy(() -> SigningKeyRing.fromSetting("short")).isInstanceOf(UsageException.class);
    }

    @Test
    void key_ids_of_a_secret_are_the_same_everywhere() {
        assertThat(SigningKey.ofText("shared-secret-0123456789").id()).isEqualTo(SigningKey.ofText("shared-secret-0123456789").id());
    }
}
