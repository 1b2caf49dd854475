package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privatefiles.adapter.jdbc.JdbcPersistence;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.UserId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** How the command line reads its arguments (API.md §8): words first, then flags; every misuse is exit 2 with one line and the usage. */
class CommandLineArgumentsTest {
    @TempDir
    Path dataDir;

    private CliRun run(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        return CliRun.of(Map.of(), all.toArray(String[]::new));
    }

    private static void assertUsageError(CliRun run, String line) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("private-files: " + line + "\nusage: ");
    }

    @Test
    void a_flag_value_may_follow_an_equals_sign_and_may_itself_contain_one() {
        assertThat(run("org", "create", "--name=A=B").stdout()).isEqualTo("1\n");
    }

    @Test
    void a_value_starting_with_at_is_that_text_and_not_the_content_of_a_file() throws Exception {
        Path file = java.nio.file.Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-name.txt"), "Evil");
        try {
            assertThat(run("org", "create", "--name", "@" + file).stdout()).isEqualTo("1\n");
            try (var db = JdbcPersistence.open(JdbcPersistence.h2FileUrl(dataDir), null, null)) {
                assertThat(db.directory().findOrg(OrgId.of(1)).orElseThrow().name()).isEqualTo("@" + file);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void a_switch_takes_no_value() {
        assertUsageError(run("user", "create", "--email", "a@example.com", "--machine=yes"), "--machine takes no value");
    }

    @Test
    void a_flag_of_another_command_is_an_unknown_flag() {
        assertUsageError(run("org", "create", "--name", "A", "--demo"), "unknown flag --demo for 'org create'");
    }

    @Test
    void a_flag_without_its_value_is_a_usage_error() {
        assertUsageError(CliRun.of(Map.of(), "org", "create", "--name"), "--name needs a value");
    }

    @Test
    void a_flag_given_twice_is_a_usage_error() {
        assertUsageError(run("org", "create", "--name", "A", "--name", "B"), "--name given twice");
    }

    @Test
    void a_stray_word_is_a_usage_error() {
        assertUsageError(run("org", "create", "--name", "A", "Acme"), "unexpected argument 'Acme' for 'org create'");
    }

    @Test
    void a_command_group_without_its_command_is_a_usage_error() {
        assertUsageError(CliRun.of(Map.of(), "org"), "missing command after 'org'");
    }

    @Test
    void ids_must_be_positive_integers() {
        for (String bad : List.of("0", "-3", "1.5", "x")) {
            assertUsageError(run("token", "create", "--user", bad), "--user must be a positive integer id, not '" + bad + "'");
        }
    }

    @Test
    void a_choice_outside_its_values_is_a_usage_error_naming_the_values() {
        assertUsageError(run("member", "add", "--org", "1", "--user", "2", "--role", "owner"),
                "--role must be pro or customer, not 'owner'");
    }

    @Test
    void choices_may_be_written_in_any_case() {
        run("org", "create", "--name", "Acme");
        run("user", "create", "--email", "ann@example.com");
        assertThat(run("member", "add", "--org", "1", "--user", "1", "--role", "PRO", "--level", "Edit").status()).isZero();
    }

    @Test
    void member_add_defaults_to_no_org_wide_files_no_export_and_assigned_projects_at_view_level() {
        run("org", "create", "--name", "Acme");
        run("user", "create", "--email", "ann@example.com");
        assertThat(run("member", "add", "--org", "1", "--user", "1", "--role", "customer").status()).isZero();
        try (var db = JdbcPersistence.open(JdbcPersistence.h2FileUrl(dataDir), null, null)) {
            Membership membership = db.directory().findMembership(OrgId.of(1), UserId.of(1)).orElseThrow();
            assertThat(membership.filesOrgWide()).isFalse();
            assertThat(membership.projectsExport()).isFalse();
            assertThat(membership.projectScope()).isEqualTo(ProjectScope.ASSIGNED);
            assertThat(membership.level()).isEqualTo(AccessLevel.VIEW);
        }
    }

    @Test
    void help_of_one_command_shows_its_flags_and_the_configuration_with_environment_variables() {
        CliRun run = CliRun.of(Map.of(), "member", "add", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).startsWith("usage: private-files member add --org ID --user ID --role pro|customer")
                .contains("--files-org-wide").contains("PRIVATE_FILES_DB_URL").contains("P7D");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void the_help_command_prints_the_usage_of_every_command_on_stdout() {
        CliRun run = CliRun.of(Map.of(), "help");
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).startsWith("usage:").contains("org create --name NAME").contains("template create --org ID --title TITLE")
                .contains("signing-key rotate");
    }

    @Test
    void version_prints_the_project_version_on_stdout() {
        CliRun run = CliRun.of(Map.of(), "--version");
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).matches("private-files \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }

    @Test
    void the_environment_gives_a_flag_its_value_and_an_empty_variable_counts_as_unset() {
        CliRun fromEnv = CliRun.of(Map.of("PRIVATE_FILES_DATA_DIR", dataDir.toString()), "org", "create", "--name", "Acme");
        assertThat(fromEnv.stdout()).isEqualTo("1\n");
        CliRun empty = CliRun.of(Map.of("PRIVATE_FILES_DATA_DIR", dataDir.toString(), "PRIVATE_FILES_PORT", ""),
                "org", "create", "--name", "Beta");
        assertThat(empty.stdout()).isEqualTo("2\n");
    }

    @Test
    void a_command_flag_is_not_read_from_the_environment() {
        assertUsageError(CliRun.of(Map.of("PRIVATE_FILES_NAME", "Acme"), "org", "create", "--data-dir", dataDir.toString()),
                "missing required flag --name for 'org create'");
    }

    /** A command of another module, added the way the client commands are. */
    @Command(name = "echo")
    static final class Echo implements Callable<Integer> {
        @Option(names = "--times", required = true)
        int times;

        @Override
        public Integer call() {
            return times;
        }
    }

    @Test
    void an_added_command_runs_with_its_exit_status_and_its_bad_arguments_exit_2_with_its_usage() {
        assertThat(withEcho("echo", "--times", "3").status()).isEqualTo(3);
        CliRun bad = withEcho("echo", "--times", "many");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.stderr()).startsWith("private-files: --times: 'many' is not an int\n").contains("\nusage: private-files echo --times");
        assertThat(withEcho("--help").stdout()).contains("echo --times");
    }

    private static CliRun withEcho(String... args) {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        var cli = new Cli(Map.of(), new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
        cli.commandLine().addSubcommand(new Echo());
        Outcome outcome = cli.execute(args);
        return new CliRun(outcome, out.toString(), err.toString());
    }
}
