package org.privatefiles.adapter.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads an SQL array of tag ids (ARRAY_AGG on H2 and PostgreSQL; NULL when a file has no tags) as {@link TagIds}. */
final class TagIdsColumnMapper implements ColumnMapper<TagIds> {
    @Override
    public TagIds map(ResultSet r, int columnNumber, StatementContext ctx) throws SQLException {
        Array array = r.getArray(columnNumber);
        if (array == null) {
            return TagIds.NONE;
        }
        try {
            Object[] values = (Object[]) array.getArray();
            List<Long> ids = new ArrayList<>(values.length);
            for (Object value : values) {
                ids.add(((Number) value).longValue());
            }
            return new TagIds(ids);
        } finally {
            array.free();
        }
    }
}
