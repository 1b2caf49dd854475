package org.privatefiles.domain.query;

import java.util.Objects;

/** One ordering key: a field and its direction. */
public record SortKey(OrderField field, boolean descending) {
    public SortKey {
        Objects.requireNonNull(field, "field");
    }
}
