package org.privatefiles.application.port.in;

/** A new value for one field of a {@link FilePatch}; a null value clears the field. */
public record Change<T>(T value) {
    public static <T> Change<T> to(T value) {
        return new Change<>(value);
    }
}
