package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process on embedded H2: what each command prints, and its exit status. */
class CommandLineTest {
    @TempDir
    Path dataDir;

    private CliRun run(String... args) {
        return runWith(Map.of(), args);
    }

    private CliRun runWith(Map<String, String> env, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        return CliRun.of(env, all.toArray(String[]::new));
    }

    @Test
    void org_create_prints_only_the_new_id() {
        CliRun run = run("org", "create", "--name", "Acme");
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).isEqualTo("1\n");
        assertThat(run("org", "create", "--name", "Beta").stdout()).isEqualTo("2\n");
    }

    @Test
    void user_create_prints_only_the_new_id() {
        assertThat(run("user", "create", "--email", "ann@example.com", "--password", "s3cret-pass").stdout()).isEqualTo("1\n");
        assertThat(run("user", "create", "--email", "robot@example.com", "--machine").stdout()).isEqualTo("2\n");
    }

    @Test
    void member_add_and_project_assign_print_nothing() {
        run("org", "create", "--name", "Acme");
        run("user", "create", "--email", "ann@example.com");
        CliRun member = run("member", "add", "--org", "1", "--user", "1", "--role", "pro", "--files-org-wide");
        assertThat(member.status()).isZero();
        assertThat(member.stdout()).isEmpty();
        assertThat(run("project", "create", "--org", "1", "--title", "Roof").stdout()).isEqualTo("1\n");
        CliRun assign = run("project", "assign", "--project", "1", "--user", "1", "--level", "edit");
        assertThat(assign.status()).isZero();
        assertThat(assign.stdout()).isEmpty();
    }

    @Test
    void token_create_prints_only_a_40_character_token_and_revoke_prints_nothing() {
        run("user", "create", "--email", "ann@example.com");
        CliRun created = run("token", "create", "--user", "1");
        assertThat(created.stdout()).matches("[0-9a-f]{40}\n");
        CliRun revoked = run("token", "revoke", "--token", created.stdout().strip());
        assertThat(revoked.status()).isZero();
        assertThat(revoked.stdout()).isEmpty();
    }

    @Test
    void tag_create_prints_only_the_new_tag_id() {
        assertThat(run("tag", "create", "--title", "Drone Survey", "--export").stdout()).matches("\\d+\n");
    }

    @Test
    void template_create_prints_only_the_new_document_template_id() {
        run("org", "create", "--name", "Acme");
        CliRun first = run("template", "create", "--org", "1", "--title", "Proposal");
        assertThat(first.status()).isZero();
        assertThat(first.stdout()).isEqualTo("1\n");
        assertThat(run("template", "create", "--org", "1", "--title", "Invoice").stdout()).isEqualTo("2\n");
    }

    @Test
    void template_create_for_an_unknown_org_exits_1() {
        CliRun run = run("template", "create", "--org", "999", "--title", "Proposal");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).matches("private-files: [^\\n]*999[^\\n]*\n");
    }

    @Test
    void an_admin_command_logs_nothing_at_information_level() {
        CliRun run = run("org", "create", "--name", "Acme");
        assertThat(run.stderr()).doesNotContain(" INFO ");
    }

    @Test
    void an_unknown_command_exits_2_with_the_usage_on_stderr() {
        CliRun run = run("org", "explode");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("private-files: unknown command 'org explode'\n").contains("usage:");
    }

    @Test
    void no_command_at_all_exits_2_with_the_usage_on_stderr() {
        CliRun run = CliRun.of(Map.of());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stderr()).contains("usage:");
    }

    @Test
    void an_unknown_flag_exits_2_with_the_usage_on_stderr() {
        CliRun run = run("org", "create", "--name", "Acme", "--colour", "red");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("private-files: unknown flag --colour").contains("usage:");
    }

    @Test
    void a_missing_required_flag_exits_2() {
        CliRun run = run("project", "create", "--org", "1");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("private-files: missing required flag --title");
    }

    @Test
    void a_bad_number_exits_2() {
        assertThat(run("token", "create", "--user", "one").status()).isEqualTo(2);
        assertThat(run("serve", "--port", "http").status()).isEqualTo(2);
        assertThat(run("member", "add", "--org", "1", "--user", "1", "--role", "pro", "--level", "admin").status()).isEqualTo(2);
    }

    @Test
    void a_bad_environment_value_exits_2_naming_the_variable() {
        CliRun run = runWith(Map.of("PRIVATE_FILES_LINK_TTL", "one hour"), "org", "create", "--name", "Acme");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("private-files: PRIVATE_FILES_LINK_TTL must be");
    }

    @Test
    void bad_arguments_change_nothing() {
        run("org", "create", "--name", "Acme", "--port", "x");
        assertThat(run("org", "create", "--name", "Acme").stdout()).isEqualTo("1\n");
    }

    @Test
    void an_unknown_org_exits_1_with_one_line_on_stderr() {
        CliRun run = run("project", "create", "--org", "999", "--title", "Roof");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).matches("private-files: [^\\n]*999[^\\n]*\n");
    }

    @Test
    void a_duplicate_email_exits_1() {
        run("user", "create", "--email", "ann@example.com");
        CliRun run = run("user", "create", "--email", "ANN@example.com");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("private-files: ");
    }

    @Test
    void an_invalid_email_exits_1_naming_the_field() {
        CliRun run = run("user", "create", "--email", "not-an-email");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("private-files: email: Enter a valid email address.\n");
    }

    @Test
    void revoking_an_unknown_token_exits_1() {
        assertThat(run("token", "revoke", "--token", "0".repeat(40)).status()).isEqualTo(1);
    }

    @Test
    void help_prints_the_usage_on_stdout_and_exits_0() {
        CliRun run = CliRun.of(Map.of(), "--help");
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).startsWith("usage:").contains("PRIVATE_FILES_DATA_DIR");
    }

    @Test
    void signing_key_rotate_prints_the_new_key_id_and_keeps_the_old_key() throws Exception {
        String first = run("signing-key", "rotate").printedLine();
        String second = run("signing-key", "rotate").printedLine();
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readString(dataDir.resolve("signing-key"))).contains(first).contains(second);
    }

    @Test
    void signing_key_rotate_with_a_configured_key_exits_2() {
        assertThat(runWith(Map.of("PRIVATE_FILES_SIGNING_KEY", "configured-secret-123456"), "signing-key", "rotate").status())
                .isEqualTo(2);
    }
}
