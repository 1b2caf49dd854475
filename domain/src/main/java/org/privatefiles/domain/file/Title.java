package org.privatefiles.domain.file;

import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;

/** A file's title: 1 to 255 characters, not blank. */
public record Title(String value) {
    public static final int MAX_LENGTH = 255;

    public Title {
        if (value == null) {
            throw InvalidException.of("title", new Problem.NotNull());
        }
        if (value.isBlank()) {
            throw InvalidException.of("title", new Problem.Blank());
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw InvalidException.of("title", new Problem.TooLong(MAX_LENGTH));
        }
        if (value.indexOf('\0') >= 0) {
            throw InvalidException.of("title", new Problem.NullCharacters());
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
