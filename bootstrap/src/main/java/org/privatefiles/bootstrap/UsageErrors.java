package org.privatefiles.bootstrap;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Bad arguments (API.md §8): one line naming what is wrong, then the usage of the command, on stderr; exit status 2. */
final class UsageErrors implements IParameterExceptionHandler {
    static final String PREFIX = "private-files: ";

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(PREFIX + describe(e, List.of(args)));
        command.usage(command.getErr());
        command.getErr().flush();
        return Outcome.BAD_ARGUMENTS;
    }

    static String describe(ParameterException e, List<String> args) {
        CommandLine command = e.getCommandLine();
        String words = words(command);
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (!command.getSubcommands().isEmpty()) {
                return first.startsWith("-") ? missingCommand(command) : "unknown command '" + (words + " " + first).strip() + "'";
            }
            return first.startsWith("-") ? "unknown flag " + first.split("=", 2)[0] + " for '" + words + "'"
                    : "unexpected argument '" + first + "' for '" + words + "'";
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            if (arg instanceof OptionSpec option && given(option, args)) {
                return option.longestName() + " needs a value";
            }
            String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
            return "missing required " + (arg.isOption() ? "flag " : "argument ") + name + " for '" + words + "'";
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() instanceof OptionSpec option) {
            return option.longestName() + " given twice";
        }
        if (e.getArgSpec() instanceof OptionSpec option && option.arity().max() == 0) {
            return option.longestName() + " takes no value";
        }
        if (e.getCause() instanceof ExpectedValue expected && e.getArgSpec() instanceof OptionSpec option) {
            return source(option, args) + " must be " + expected.getMessage() + ", not '" + e.getValue() + "'";
        }
        if (e.getCause() instanceof TypeConversionException refused && e.getArgSpec() instanceof OptionSpec option) {
            return source(option, args) + ": " + refused.getMessage();
        }
        if ("Missing required subcommand".equals(e.getMessage())) {
            return missingCommand(command);
        }
        String message = e.getMessage();
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static String missingCommand(CommandLine group) {
        return group.getParent() == null ? "no command given" : "missing command after '" + words(group) + "'";
    }

    /** The command words without the program's name: {@code org create}. */
    static String words(CommandLine command) {
        String qualified = command.getCommandSpec().qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1);
    }

    /** The flag when it is on the command line, else the environment variable its value came from. */
    private static String source(OptionSpec option, List<String> args) {
        return given(option, args) ? option.longestName() : EnvironmentDefaults.variable(option).orElse(option.longestName());
    }

    private static boolean given(OptionSpec option, List<String> args) {
        return args.stream().anyMatch(arg -> Arrays.stream(option.names())
                .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
    }
}
