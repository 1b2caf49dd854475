package org.privatefiles.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the login and the upload states live, and that the login is readable by its owner only. */
class ClientConfigTest {
    @TempDir
    Path home;

    private ClientContext context(Map<String, String> env) {
        return new ClientContext(env, new PrintStream(PrintStream.nullOutputStream()), new PrintStream(PrintStream.nullOutputStream()),
                new ByteArrayInputStream(new byte[0]), false);
    }

    @Test
    void the_config_and_state_live_under_home_by_default() {
        ClientContext context = context(Map.of("HOME", home.toString()));

        assertThat(context.configFile()).isEqualTo(home.resolve(".config/private-files/config"));
        assertThat(context.uploadStateDir()).isEqualTo(home.resolve(".local/state/private-files/uploads"));
    }

    @Test
    void xdg_config_home_and_xdg_state_home_are_honoured() {
        ClientContext context = context(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", "/etc/xdg-config",
                "XDG_STATE_HOME", "/var/xdg-state"));

        assertThat(context.configFile()).isEqualTo(Path.of("/etc/xdg-config/private-files/config"));
        assertThat(context.uploadStateDir()).isEqualTo(Path.of("/var/xdg-state/private-files/uploads"));
    }

    @Test
    void the_config_file_is_readable_by_its_owner_only() throws Exception {
        Path file = home.resolve(".config/private-files/config");
        new ClientConfig("https://files.example", "0123456789abcdef0123456789abcdef01234567", 7L).write(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void a_written_config_reads_back_the_same() {
        Path file = home.resolve("config");
        var config = new ClientConfig("https://files.example", "0123456789abcdef0123456789abcdef01234567", 7L);
        config.write(file);

        assertThat(ClientConfig.read(file)).isEqualTo(config);
    }

    @Test
    void rewriting_the_config_keeps_it_owner_only() throws Exception {
        Path file = home.resolve("config");
        new ClientConfig("https://files.example", "token", null).write(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        ClientConfig.read(file).withoutToken().write(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(ClientConfig.read(file).token()).isNull();
    }

    @Test
    void a_missing_config_is_empty() {
        assertThat(ClientConfig.read(home.resolve("nothing-here"))).isEqualTo(ClientConfig.EMPTY);
    }
}
