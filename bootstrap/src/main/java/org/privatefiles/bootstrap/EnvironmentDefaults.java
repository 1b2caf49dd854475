package org.privatefiles.bootstrap;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives a configuration flag that is not on the command line the value of its environment variable:
 * {@code PRIVATE_FILES_} and the flag in upper case with underscores ({@code --link-ttl}:
 * {@code PRIVATE_FILES_LINK_TTL}). An empty variable counts as unset; then the option's own default applies.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {
    private final Map<String, String> env;

    EnvironmentDefaults(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        return variable(arg).map(env::get).filter(value -> !value.isEmpty()).orElse(null);
    }

    /** The environment variable of a configuration flag; none for the other options. */
    static Optional<String> variable(ArgSpec arg) {
        if (arg instanceof OptionSpec option && option.userObject() instanceof Field field
                && field.getDeclaringClass().isAnnotationPresent(FromEnvironment.class)) {
            return Optional.of("PRIVATE_FILES_" + option.longestName().substring(2).toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        return Optional.empty();
    }
}
