package org.privatefiles.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.Problem.Expected;

/** Conversions of single field values with Django REST Framework's rules (strings, booleans, UUIDs); a value that does not convert is an {@link UnreadableValue}. */
final class FieldValues {
    private static final Set<String> TRUE = Set.of("t", "y", "yes", "true", "on", "1");
    private static final Set<String> FALSE = Set.of("f", "n", "no", "false", "off", "0");
    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

    private FieldValues() {
    }

    /** A CharField value: a JSON string (API.md: a number or a list is a type error); whitespace trimmed. */
    static String string(JsonNode node) {
        if (node.isTextual()) {
            return string(node.textValue());
        }
        throw wrongType(Expected.STRING);
    }

    static String string(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableValue(new Problem.NullCharacters());
        }
        return text.strip();
    }

    /** A BooleanField value: true/false, 1/0 and DRF's other spellings (yes/no, on/off, t/f, y/n). */
    static boolean bool(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            double value = node.doubleValue();
            if (value == 1) {
                return true;
            }
            if (value == 0) {
                return false;
            }
            throw wrongType(Expected.BOOLEAN);
        }
        if (node.isTextual()) {
            return bool(node.textValue());
        }
        throw wrongType(Expected.BOOLEAN);
    }

    static boolean bool(String text) {
        String value = text.strip();
        if (!value.equals(value.toLowerCase(Locale.ROOT)) && !value.equals(value.toUpperCase(Locale.ROOT))
                && !value.equals(capitalized(value))) {
            throw wrongType(Expected.BOOLEAN);
        }
        String folded = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(folded)) {
            return true;
        }
        if (FALSE.contains(folded)) {
            return false;
        }
        throw wrongType(Expected.BOOLEAN);
    }

    /** A UUIDField value: 32 hex digits, with or without hyphens, braces or a {@code urn:uuid:} prefix. */
    static UUID uuid(JsonNode node) {
        if (!node.isTextual()) {
            throw wrongType(Expected.UUID);
        }
        return uuid(node.textValue());
    }

    static UUID uuid(String text) {
        String hex = text.strip();
        if (hex.startsWith("urn:")) {
            hex = hex.substring(4);
        }
        if (hex.startsWith("uuid:")) {
            hex = hex.substring(5);
        }
        if (hex.startsWith("{") && hex.endsWith("}")) {
            hex = hex.substring(1, hex.length() - 1);
        }
        hex = hex.replace("-", "");
        if (!HEX32.matcher(hex).matches()) {
            throw wrongType(Expected.UUID);
        }
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    private static UnreadableValue wrongType(Expected expected) {
        return new UnreadableValue(new Problem.WrongType(expected));
    }

    private static String capitalized(String value) {
        return value.isEmpty() ? value
                : value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1).toLowerCase(Locale.ROOT);
    }
}
