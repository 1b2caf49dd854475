package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@code --metrics-port} and {@code --log-format}: off and text unless asked, flag over environment, bad values rejected. */
class OperabilityConfigurationTest {

    @Test
    void metrics_are_off_and_logs_are_text_by_default() {
        Configuration config = ConfigurationProbe.read(Map.of(), Map.of());
        assertThat(config.metricsPort()).isEqualTo(OptionalInt.empty());
        assertThat(config.logFormat()).isEqualTo(LogFormat.TEXT);
    }

    @Test
    void the_environment_turns_metrics_on_and_the_flag_wins() {
        Map<String, String> env = Map.of("PRIVATE_FILES_METRICS_PORT", "9464", "PRIVATE_FILES_LOG_FORMAT", "json");
        assertThat(ConfigurationProbe.read(Map.of(), env).metricsPort()).isEqualTo(OptionalInt.of(9464));
        assertThat(ConfigurationProbe.read(Map.of(), env).logFormat()).isEqualTo(LogFormat.JSON);
        Configuration flagged = ConfigurationProbe.read(Map.of("metrics-port", "0", "log-format", "text"), env);
        assertThat(flagged.metricsPort()).isEqualTo(OptionalInt.of(0));
        assertThat(flagged.logFormat()).isEqualTo(LogFormat.TEXT);
    }

    @Test
    void a_metrics_port_out_of_range_is_a_usage_error() {
        assertThatThrownBy(() -> ConfigurationProbe.read(Map.of("metrics-port", "70000"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessage("--metrics-port must be an integer from 0 to 65535, not '70000'");
    }

    @Test
    void an_unknown_log_format_is_a_usage_error() {
        assertThatThrownBy(() -> ConfigurationProbe.read(Map.of(), Map.of("PRIVATE_FILES_LOG_FORMAT", "xml")))
                .isInstanceOf(UsageException.class).hasMessage("PRIVATE_FILES_LOG_FORMAT must be text or json, not 'xml'");
    }
}
