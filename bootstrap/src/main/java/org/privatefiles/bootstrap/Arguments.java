package org.privatefiles.bootstrap;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A parsed command line: the command, the flag values and the switches given (flags after the command words). */
record Arguments(Command command, Map<String, String> values, Set<String> switches) {

    static Arguments parse(String... args) {
        Command command = commandOf(List.of(args));
        var values = new HashMap<String, String>();
        var switches = new HashSet<String>();
        for (int i = command.words.size(); i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "' for '" + command.spelled() + "'");
            }
            int eq = arg.indexOf('=');
            String name = arg.substring(2, eq < 0 ? arg.length() : eq);
            if (command.switches.contains(name)) {
                if (eq >= 0) {
                    throw new UsageException("--" + name + " takes no value");
                }
                if (!switches.add(name)) {
                    throw new UsageException("--" + name + " given twice");
                }
            } else if (command.takesValue(name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException("--" + name + " needs a value");
                }
                if (values.put(name, value) != null) {
                    throw new UsageException("--" + name + " given twice");
                }
            } else {
                throw new UsageException("unknown flag --" + name + " for '" + command.spelled() + "'");
            }
        }
        for (String name : command.required) {
            if (!values.containsKey(name)) {
                throw new UsageException("missing required flag --" + name + " for '" + command.spelled() + "'");
            }
        }
        return new Arguments(command, Map.copyOf(values), Set.copyOf(switches));
    }

    private static Command commandOf(List<String> args) {
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        return Arrays.stream(Command.values())
                .filter(c -> args.size() >= c.words.size() && args.subList(0, c.words.size()).equals(c.words))
                .findFirst()
                .orElseThrow(() -> new UsageException("unknown command '" + String.join(" ", args.subList(0, Math.min(2, args.size()))) + "'"));
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return switches.contains(name);
    }

    /** A required positive id flag. */
    long id(String name) {
        String text = required(name);
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a positive integer id, not '" + text + "'");
    }

    /** An optional flag whose value is one of {@code choices} (ignoring case), or the default. */
    String choice(String name, String fallback, String... choices) {
        String text = value(name).orElse(fallback);
        for (String choice : choices) {
            if (choice.equalsIgnoreCase(text.strip())) {
                return choice;
            }
        }
        throw new UsageException("--" + name + " must be one of " + String.join("|", choices) + ", not '" + text + "'");
    }
}
