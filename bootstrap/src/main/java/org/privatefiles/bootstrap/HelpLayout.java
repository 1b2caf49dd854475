package org.privatefiles.bootstrap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The usage text of every command, from the picocli model: a short synopsis (the command's own
 * flags, the configuration flags as {@code [CONFIGURATION]}), the command's flags, then the
 * configuration flags with their environment variables and defaults; the root and the command
 * groups list every command below them with its synopsis.
 */
final class HelpLayout {
    static final String CONFIGURATION_HEADING = "configuration (flag, else environment variable, else default):";

    private HelpLayout() {
    }

    /** Lays out the help of {@code command} and of every command below it. */
    static void install(CommandLine command) {
        var sections = command.getHelpSectionMap();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> synopsis(help.commandSpec()) + "\n");
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> commands(help.commandSpec()));
        if (command.getParent() == null) {
            sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING,
                    help -> "\n" + CONFIGURATION_HEADING + "\n"
                            + configurationTable(CommandSpec.forAnnotatedObject(new ConfigurationOptions()).options()));
        }
        command.getSubcommands().values().stream().distinct().forEach(HelpLayout::install);
    }

    /** {@code private-files org create --name NAME [CONFIGURATION]}. */
    static String synopsis(CommandSpec spec) {
        var words = new StringBuilder(spec.qualifiedName(" "));
        if (!spec.subcommands().isEmpty()) {
            return words.append(" COMMAND [FLAGS]   (flags go after the command words)").toString();
        }
        for (OptionSpec option : ownOptions(spec)) {
            String flag = option.longestName() + (option.typeInfo().isBoolean() && option.arity().max() == 0 ? "" : " " + option.paramLabel());
            words.append(' ').append(option.required() ? flag : "[" + flag + "]");
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            String label = parameter.paramLabel() + (parameter.isMultiValue() ? "..." : "");
            words.append(' ').append(parameter.arity().min() > 0 ? label : "[" + label + "]");
        }
        if (spec.options().stream().anyMatch(HelpLayout::configures)) {
            words.append(" [CONFIGURATION]");
        }
        return words.toString();
    }

    private static String options(Help help) {
        List<OptionSpec> own = new ArrayList<>(ownOptions(help.commandSpec()));
        help.commandSpec().options().stream().filter(OptionSpec::usageHelp).forEach(own::add);
        help.commandSpec().options().stream().filter(OptionSpec::versionHelp).forEach(own::add);
        List<OptionSpec> configuration = help.commandSpec().options().stream().filter(HelpLayout::configures).toList();
        String text = help.optionListExcludingGroups(own);
        return configuration.isEmpty() ? text : text + "\n" + CONFIGURATION_HEADING + "\n" + configurationTable(configuration);
    }

    /** One line per flag: the flag and its value, the environment variable, what it does and its default. */
    private static String configurationTable(List<OptionSpec> options) {
        int flagWidth = options.stream().mapToInt(o -> flag(o).length()).max().orElse(0);
        int envWidth = options.stream().mapToInt(o -> EnvironmentDefaults.variable(o).orElse("").length()).max().orElse(0);
        var text = new StringBuilder();
        for (OptionSpec option : options) {
            text.append(String.format("  %-" + flagWidth + "s  %-" + envWidth + "s  %s%n", flag(option),
                    EnvironmentDefaults.variable(option).orElse(""), described(option)));
        }
        return text.toString();
    }

    private static String commands(CommandSpec spec) {
        if (spec.subcommands().isEmpty()) {
            return "";
        }
        var text = new StringBuilder();
        leaves(spec).forEach(leaf -> text.append("  ").append(synopsis(leaf).substring(spec.root().name().length() + 1))
                .append("\n      ").append(String.join("\n      ", description(leaf))).append('\n'));
        return text.toString();
    }

    /** A command's description lines without picocli's line-break markers. */
    private static List<String> description(CommandSpec spec) {
        return Arrays.stream(spec.usageMessage().description()).map(line -> line.replace("%n", "").strip())
                .filter(line -> !line.isEmpty()).toList();
    }

    /** The default (in the form people write it: {@code P7D} rather than Java's {@code PT168H}), then what the flag does. */
    private static String described(OptionSpec option) {
        String description = String.join(" ", option.description());
        String shown = option.defaultValueString();
        if (shown == null || shown.equals("null")) {
            return description;
        }
        if (option.type() == Duration.class && shown.matches("PT\\d+H")) {
            long hours = Long.parseLong(shown.substring(2, shown.length() - 1));
            shown = hours > 24 && hours % 24 == 0 ? "P" + hours / 24 + "D" : shown;
        }
        return description.isEmpty() ? shown : shown + (description.startsWith("(") ? " " : ": ") + description;
    }

    private static List<CommandSpec> leaves(CommandSpec spec) {
        if (spec.subcommands().isEmpty()) {
            return List.of(spec);
        }
        return spec.subcommands().values().stream().distinct()
                .filter(sub -> !sub.getCommandSpec().usageMessage().hidden())
                .flatMap(sub -> leaves(sub.getCommandSpec()).stream()).toList();
    }

    private static List<OptionSpec> ownOptions(CommandSpec spec) {
        return spec.options().stream()
                .filter(o -> !configures(o) && !o.usageHelp() && !o.versionHelp() && !o.hidden())
                .toList();
    }

    private static boolean configures(ArgSpec arg) {
        return EnvironmentDefaults.variable(arg).isPresent();
    }

    private static String flag(OptionSpec option) {
        return option.longestName() + "=" + option.paramLabel();
    }
}
