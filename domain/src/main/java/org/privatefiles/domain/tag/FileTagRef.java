package org.privatefiles.domain.tag;

import java.util.Objects;

/** How a request names a file tag: by id or by its exact title. */
public sealed interface FileTagRef {
    /** The reference as the client wrote it, for error messages. */
    String text();

    /** A tag named by its id. */
    record ById(FileTagId id, String text) implements FileTagRef {
        public ById {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A tag named by its exact title. */
    record ByTitle(String title) implements FileTagRef {
        public ByTitle {
            Objects.requireNonNull(title, "title");
        }

        @Override
        public String text() {
            return title;
        }
    }

    static FileTagRef id(long id) {
        return new ById(FileTagId.of(id), Long.toString(id));
    }

    static FileTagRef title(String title) {
        return new ByTitle(title);
    }
}
