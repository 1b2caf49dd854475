package org.privatefiles.domain.query;

import java.util.Locale;
import java.util.Optional;

/** The fields a listing can be ordered by, under their API names. */
public enum OrderField {
    CREATED_DATE, MODIFIED_DATE, TITLE, STATUS, FILESIZE;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrderField> fromApiName(String name) {
        for (OrderField field : values()) {
            if (field.apiName().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
