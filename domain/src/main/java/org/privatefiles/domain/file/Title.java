package org.privatefiles.domain.file;

import org.privatefiles.domain.failure.InvalidException;

/** A file's title: 1 to 255 characters, not blank. */
public record Title(String value) {
    public static final int MAX_LENGTH = 255;

    public Title {
        if (value == null) {
            throw InvalidException.of("title", "This field may not be null.");
        }
        if (value.isBlank()) {
            throw InvalidException.of("title", "This field may not be blank.");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw InvalidException.of("title", "Ensure this field has no more than " + MAX_LENGTH + " characters.");
        }
        if (value.indexOf('\0') >= 0) {
            throw InvalidException.of("title", "Null characters are not allowed.");
        }
    }

    public static Title of(String value) {
        return new Title(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
