package org.privatefiles.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments exit 2 with one error line on stderr (and the usage when picocli could not parse them); nothing on stdout. */
class ArgumentErrorsTest {
    @TempDir
    Path home;

    /** One run: exit status, stdout, stderr. Logged in to a server nobody listens on, so nothing here may reach a network. */
    private record Run(int status, String stdout, String stderr) {
    }

    private Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var env = Map.of("HOME", home.toString(), "PRIVATE_FILES_SERVER", "http://127.0.0.1:9", "PRIVATE_FILES_TOKEN", "t");
        int status = ClientMain.execute(new ClientContext(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), false), args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void an_unknown_flag_exits_2_with_the_error_and_the_usage() {
        Run run = run("ls", "--colour");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("private-files: Unknown option: '--colour'\nUsage: private-files ls");
    }

    @Test
    void a_missing_required_flag_exits_2() {
        Run run = run("login", "--email", "ann@example.com");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("private-files: Missing required option: '--server=URL'");
    }

    @Test
    void email_and_token_together_exit_2() {
        assertThat(run("login", "--server", "http://x", "--email", "a@example.com", "--token", "t").status()).isEqualTo(2);
    }

    @Test
    void a_number_that_is_not_one_exits_2() {
        assertThat(run("rm", "seven").status()).isEqualTo(2);
        assertThat(run("ls", "--limit", "many").status()).isEqualTo(2);
    }

    @Test
    void a_limit_outside_1_to_1000_exits_2() {
        Run run = run("ls", "--limit", "0", "--org", "1");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stderr()).isEqualTo("private-files: --limit must be from 1 to 1000: 0\n");
    }

    @Test
    void a_part_size_below_the_service_minimum_exits_2() throws Exception {
        Path file = Files.writeString(home.resolve("a.txt"), "a");
        Run run = run("upload", file.toString(), "--part-size", "1M", "--org", "1");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stderr()).contains("--part-size must be at least 5M");
    }

    @Test
    void a_title_for_several_files_exits_2() throws Exception {
        Path a = Files.writeString(home.resolve("a.txt"), "a");
        Path b = Files.writeString(home.resolve("b.txt"), "b");

        assertThat(run("upload", a.toString(), b.toString(), "--title", "Both", "--org", "1").status()).isEqualTo(2);
    }

    @Test
    void uploading_a_file_that_does_not_exist_exits_2() {
        Run run = run("upload", home.resolve("missing.bin").toString(), "--org", "1");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("private-files: not a file: ");
    }

    @Test
    void edit_without_a_change_exits_2() {
        assertThat(run("edit", "5", "--org", "1").status()).isEqualTo(2);
    }

    @Test
    void a_boolean_flag_takes_true_or_false_only() {
        assertThat(run("edit", "5", "--org", "1", "--temporary", "maybe").status()).isEqualTo(2);
    }

    @Test
    void a_server_that_is_not_an_http_url_exits_2() {
        assertThat(run("login", "--server", "files.example.com", "--token", "t").status()).isEqualTo(2);
    }

    @Test
    void a_password_with_no_terminal_and_no_password_stdin_exits_2() {
        Run run = run("login", "--server", "http://127.0.0.1:9", "--email", "ann@example.com");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stderr()).contains("use --password-stdin or --token");
    }

    @Test
    void without_a_login_a_command_exits_2_and_says_how_to_log_in() {
        var err = new ByteArrayOutputStream();
        int status = ClientMain.execute(new ClientContext(Map.of("HOME", home.toString()), new PrintStream(java.io.OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), false), "ls");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("private-files: not logged in: run 'private-files login");
    }

    @Test
    void an_unreachable_server_exits_3() {
        Run run = run("ls", "--org", "1");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.stderr()).startsWith("private-files: cannot reach http://127.0.0.1:9");
    }
}
