package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing the command line: command words first, then flags; every mistake is a usage error. */
class ArgumentsTest {

    @Test
    void command_words_come_first_and_flags_after_them() {
        Arguments args = Arguments.parse("org", "create", "--name", "Acme", "--data-dir", "d");
        assertThat(args.command()).isEqualTo(Command.ORG_CREATE);
        assertThat(args.values()).isEqualTo(Map.of("name", "Acme", "data-dir", "d"));
    }

    @Test
    void a_flag_value_may_follow_an_equals_sign() {
        assertThat(Arguments.parse("org", "create", "--name=A=B").required("name")).isEqualTo("A=B");
    }

    @Test
    void switches_take_no_value() {
        Arguments args = Arguments.parse("user", "create", "--email", "a@b.c", "--machine");
        assertThat(args.has("machine")).isTrue();
        assertThatThrownBy(() -> Arguments.parse("user", "create", "--email", "a@b.c", "--machine=yes"))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        assertThatThrownBy(() -> Arguments.parse("org", "delete")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown command");
        assertThatThrownBy(() -> Arguments.parse()).isInstanceOf(UsageException.class);
    }

    @Test
    void an_unknown_flag_is_a_usage_error() {
        assertThatThrownBy(() -> Arguments.parse("org", "create", "--name", "A", "--colour", "red"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--colour");
    }

    @Test
    void a_flag_of_another_command_is_a_usage_error() {
        assertThatThrownBy(() -> Arguments.parse("org", "create", "--name", "A", "--demo"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--demo");
    }

    @Test
    void a_missing_required_flag_is_a_usage_error() {
        assertThatThrownBy(() -> Arguments.parse("project", "create", "--org", "1"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--title");
    }

    @Test
    void a_flag_without_its_value_is_a_usage_error() {
        assertThatThrownBy(() -> Arguments.parse("org", "create", "--name")).isInstanceOf(UsageException.class)
                .hasMessageContaining("needs a value");
    }

    @Test
    void a_flag_given_twice_is_a_usage_error() {
        assertThatThrownBy(() -> Arguments.parse("org", "create", "--name", "A", "--name", "B"))
                .isInstanceOf(UsageException.class).hasMessageContaining("twice");
    }

    @Test
    void a_stray_word_is_a_usage_error() {
        assertThatThrownBy(() -> Arguments.parse("org", "create", "Acme")).isInstanceOf(UsageException.class);
    }

    @Test
    void ids_must_be_positive_integers() {
        assertThat(Arguments.parse("token", "create", "--user", "42").id("user")).isEqualTo(42);
        for (String bad : new String[] {"0", "-3", "x", "1.5", "99999999999999999999"}) {
            assertThatThrownBy(() -> Arguments.parse("token", "create", "--user", bad).id("user"))
                    .isInstanceOf(UsageException.class);
        }
    }

    @Test
    void member_add_defaults_to_assigned_projects_at_view_level() {
        Arguments args = Arguments.parse("member", "add", "--org", "1", "--user", "2", "--role", "pro");
        assertThat(args.choice("projects", AdminCommands.DEFAULT_PROJECTS, "all", "assigned")).isEqualTo("assigned");
        assertThat(args.choice("level", AdminCommands.DEFAULT_LEVEL, "view", "edit")).isEqualTo("view");
    }

    @Test
    void a_choice_outside_its_values_is_a_usage_error() {
        Arguments args = Arguments.parse("member", "add", "--org", "1", "--user", "2", "--role", "owner");
        assertThatThrownBy(() -> AdminCommands.validate(args)).isInstanceOf(UsageException.class)
                .hasMessageContaining("pro|customer");
    }
}
