package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.privatefiles.adapter.http.ServerLimits;

/** The configuration table of API.md §8, read through the command line: flag over environment over default, bad values rejected. */
class ConfigurationTest {

    @Test
    void defaults_follow_the_table_of_the_command_line() {
        Configuration config = ConfigurationProbe.read(Map.of(), Map.of());
        assertThat(config.dataDir()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
        assertThat(config.dbUrl()).isEmpty();
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.publicBaseUrl(config.port())).isEqualTo("http://localhost:8080");
        assertThat(config.signingKey()).isEmpty();
        assertThat(config.throttleOrgPerDay()).isEqualTo(1000);
        assertThat(config.throttleUserPerHour()).isEqualTo(1000);
        assertThat(config.maxUploadBytes()).isEqualTo(5368709120L);
        assertThat(config.minPartBytes()).isEqualTo(5242880L);
        assertThat(config.linkTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(config.uploadExpiry()).isEqualTo(Duration.ofHours(24));
        assertThat(config.temporaryExpiry()).isEqualTo(Duration.ofHours(24));
        assertThat(config.tokenExpiry()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void the_environment_overrides_the_default() {
        Configuration config = ConfigurationProbe.read(Map.of(), Map.of("PRIVATE_FILES_PORT", "9000",
                "PRIVATE_FILES_TOKEN_EXPIRY", "P1D", "PRIVATE_FILES_DB_URL", "jdbc:postgresql://db/x"));
        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.publicBaseUrl(config.port())).isEqualTo("http://localhost:9000");
        assertThat(config.tokenExpiry()).isEqualTo(Duration.ofDays(1));
        assertThat(config.dbUrl()).hasValue("jdbc:postgresql://db/x");
    }

    @Test
    void a_flag_overrides_the_environment() {
        Configuration config = ConfigurationProbe.read(Map.of("port", "9001", "base-url", "https://files.example.com/"),
                Map.of("PRIVATE_FILES_PORT", "9000", "PRIVATE_FILES_BASE_URL", "http://other"));
        assertThat(config.port()).isEqualTo(9001);
        assertThat(config.publicBaseUrl(9001)).isEqualTo("https://files.example.com");
    }

    @Test
    void an_empty_environment_variable_counts_as_unset() {
        assertThat(ConfigurationProbe.read(Map.of(), Map.of("PRIVATE_FILES_PORT", "")).port()).isEqualTo(8080);
    }

    @Test
    void every_setting_reaches_the_core_settings() {
        Configuration config = ConfigurationProbe.read(Map.of("throttle-org-per-day", "5", "throttle-user-per-hour", "6",
                "max-upload-bytes", "100", "min-part-bytes", "10", "upload-expiry", "PT2H", "temporary-expiry", "PT3H",
                "token-expiry", "PT4H"), Map.of());
        var core = config.coreSettings();
        assertThat(core.throttleLimits().orgPerDay()).isEqualTo(5);
        assertThat(core.throttleLimits().userPerHour()).isEqualTo(6);
        assertThat(core.maxUploadBytes()).isEqualTo(100);
        assertThat(core.minPartBytes()).isEqualTo(10);
        assertThat(core.uploadExpiry()).isEqualTo(Duration.ofHours(2));
        assertThat(core.temporaryExpiry()).isEqualTo(Duration.ofHours(3));
        assertThat(core.tokenExpiry()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void the_server_limits_and_the_content_grace_have_documented_defaults() {
        Configuration config = ConfigurationProbe.read(Map.of(), Map.of());
        assertThat(config.serverLimits()).isEqualTo(new ServerLimits(1024, Duration.ofSeconds(30), 16, Duration.ofSeconds(30)));
        assertThat(config.coreSettings().orphanContentGrace()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void the_server_limits_and_the_content_grace_are_configurable_by_flag_and_environment() {
        Configuration config = ConfigurationProbe.read(Map.of("min-request-rate", "0", "idle-timeout", "PT5S",
                "content-grace", "PT2M"), Map.of("PRIVATE_FILES_MAX_CONCURRENT_UPLOADS", "3", "PRIVATE_FILES_DRAIN_TIME", "PT7S"));
        assertThat(config.serverLimits()).isEqualTo(new ServerLimits(0, Duration.ofSeconds(5), 3, Duration.ofSeconds(7)));
        assertThat(config.coreSettings().orphanContentGrace()).isEqualTo(Duration.ofMinutes(2));
        assertBad(Map.of("max-concurrent-uploads", "0"), Map.of(), "--max-concurrent-uploads");
        assertBad(Map.of(), Map.of("PRIVATE_FILES_IDLE_TIMEOUT", "30"), "PRIVATE_FILES_IDLE_TIMEOUT");
    }

    @Test
    void bad_values_are_usage_errors_naming_their_source() {
        assertBad(Map.of("port", "eighty"), Map.of(), "--port");
        assertBad(Map.of("port", "70000"), Map.of(), "--port");
        assertBad(Map.of(), Map.of("PRIVATE_FILES_PORT", "-1"), "PRIVATE_FILES_PORT");
        assertBad(Map.of("link-ttl", "1h"), Map.of(), "--link-ttl");
        assertBad(Map.of("link-ttl", "PT0S"), Map.of(), "--link-ttl");
        assertBad(Map.of("max-upload-bytes", "0"), Map.of(), "--max-upload-bytes");
        assertBad(Map.of("throttle-org-per-day", "3000000000"), Map.of(), "--throttle-org-per-day");
        assertBad(Map.of("base-url", "localhost:8080"), Map.of(), "--base-url");
        assertBad(Map.of("db-url", "postgres://x"), Map.of(), "--db-url");
    }

    @Test
    void db_credentials_are_optional() {
        Configuration config = ConfigurationProbe.read(Map.of("db-user", "u"), Map.of("PRIVATE_FILES_DB_PASSWORD", "p"));
        assertThat(config.dbUser()).isEqualTo("u");
        assertThat(config.dbPassword()).isEqualTo("p");
        assertThat(ConfigurationProbe.read(Map.of(), Map.of()).dbUser()).isNull();
        assertThat(config.dbUrl()).isEqualTo(Optional.empty());
    }

    private static void assertBad(Map<String, String> flags, Map<String, String> env, String source) {
        assertThatThrownBy(() -> ConfigurationProbe.read(flags, env)).isInstanceOf(UsageException.class)
                .hasMessageStartingWith(source + " must be");
    }
}
