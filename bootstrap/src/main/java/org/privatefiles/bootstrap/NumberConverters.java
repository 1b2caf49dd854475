package org.privatefiles.bootstrap;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * Converters of numeric flag values: ports, counts, ids, sizes and ISO-8601 durations. A refusal
 * says what was expected; {@link UsageErrors} adds the flag (or environment variable) and the value.
 */
final class NumberConverters {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]iB)?");
    private static final Map<String, Long> UNITS = Map.of("KiB", 1L << 10, "MiB", 1L << 20, "GiB", 1L << 30, "TiB", 1L << 40);

    private NumberConverters() {
    }

    static long integer(String text, long min, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ExpectedValue("an integer from " + min + " to " + max);
    }

    static long size(String text, long min) {
        Matcher matcher = SIZE.matcher(text.strip());
        try {
            if (matcher.matches()) {
                long value = Math.multiplyExact(Long.parseLong(matcher.group(1)),
                        matcher.group(2) == null ? 1 : UNITS.get(matcher.group(2)));
                if (value >= min) {
                    return value;
                }
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // refused below
        }
        throw new ExpectedValue("a size in bytes from " + min + " to " + Long.MAX_VALUE + " (a KiB, MiB, GiB or TiB suffix may follow)");
    }

    /** A TCP port; 0 asks for any free one. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return (int) integer(text, 0, 65535);
        }
    }

    /** A limit that may be zero. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return (int) integer(text, 0, Integer.MAX_VALUE);
        }
    }

    /** How many requests may send a body at once. */
    static final class UploadSlots implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return (int) integer(text, 1, 100_000);
        }
    }

    /** The id of an org, user or project. */
    static final class PositiveId implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return integer(text, 1, Long.MAX_VALUE);
            } catch (ExpectedValue e) {
                throw new ExpectedValue("a positive integer id");
            }
        }
    }

    /** A number of bytes (or bytes per second), zero allowed. */
    static final class Bytes implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return size(text, 0);
        }
    }

    /** A number of bytes above zero. */
    static final class PositiveBytes implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return size(text, 1);
        }
    }

    /** An ISO-8601 duration above zero ({@code PT1H}, {@code P7D}; lower case accepted). */
    static final class PositiveDuration implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            try {
                Duration value = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
                if (!value.isNegative() && !value.isZero()) {
                    return value;
                }
            } catch (DateTimeParseException e) {
                // refused below
            }
            throw new ExpectedValue("a positive ISO-8601 duration such as PT1H or P7D");
        }
    }
}
