package org.privatefiles.adapter.jdbc;

import java.util.List;

/** The tag ids of one file, ascending, as aggregated into its row by the file queries. */
record TagIds(List<Long> ids) {
    static final TagIds NONE = new TagIds(List.of());

    TagIds {
        ids = List.copyOf(ids);
    }
}
