package org.privatefiles.bootstrap;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import picocli.CommandLine.ITypeConverter;

/** Converters of flags whose value is one of an enum's constants, spelled in lower case (any case accepted). */
abstract class Choices<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    Choices(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String text) {
        return Arrays.stream(type.getEnumConstants())
                .filter(choice -> choice.name().equalsIgnoreCase(text.strip()))
                .findFirst()
                .orElseThrow(() -> new ExpectedValue(expected()));
    }

    private String expected() {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        return names.size() == 2 ? names.get(0) + " or " + names.get(1) : "one of " + String.join("|", names);
    }

    /** {@code --log-format}. */
    static final class LogFormats extends Choices<LogFormat> {
        LogFormats() {
            super(LogFormat.class);
        }
    }

    /** {@code --download-mode}. */
    static final class DownloadModes extends Choices<DownloadMode> {
        DownloadModes() {
            super(DownloadMode.class);
        }
    }

    /** {@code --role}. */
    static final class Roles extends Choices<Role> {
        Roles() {
            super(Role.class);
        }
    }

    /** {@code --projects}. */
    static final class ProjectScopes extends Choices<ProjectScope> {
        ProjectScopes() {
            super(ProjectScope.class);
        }
    }

    /** {@code --level}. */
    static final class AccessLevels extends Choices<AccessLevel> {
        AccessLevels() {
            super(AccessLevel.class);
        }
    }
}
