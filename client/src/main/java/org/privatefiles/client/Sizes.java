package org.privatefiles.client;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Byte counts: read as {@code 16M}, {@code 16MiB}, {@code 512k} or plain bytes (powers of 1024), shown as {@code 1.5 MiB}. */
final class Sizes implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,15})\\s*([kmgt]?)(i?b)?", Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "KMGT";

    @Override
    public Long convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    static long parse(String value) {
        Matcher m = SIZE.matcher(value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size (e.g. 16M, 512KiB, 1048576): " + value);
        }
        long number = Long.parseLong(m.group(1));
        String unit = m.group(2).toUpperCase(Locale.ROOT);
        int power = unit.isEmpty() ? 0 : UNITS.indexOf(unit) + 1;
        return Math.multiplyExact(number, 1L << (10 * power));
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        int power = Math.min(UNITS.length(), (63 - Long.numberOfLeadingZeros(bytes)) / 10);
        return String.format(Locale.ROOT, "%.1f %siB", bytes / (double) (1L << (10 * power)), UNITS.charAt(power - 1));
    }
}
