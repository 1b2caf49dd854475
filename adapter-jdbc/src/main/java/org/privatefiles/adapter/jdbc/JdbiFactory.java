package org.privatefiles.adapter.jdbc;

import java.time.Instant;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Makes the one {@link Jdbi} of a data source: instants as UTC timestamps, row records mapped by constructor. */
final class JdbiFactory {
    private JdbiFactory() {
    }

    static Jdbi create(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, new InstantColumnMapper());
        jdbi.registerColumnMapper(TagIds.class, new TagIdsColumnMapper());
        for (Class<?> row : new Class<?>[] {FileRow.class, PartRow.class, TagRow.class, UserRow.class,
                MembershipRow.class, ProjectRow.class, TemplateRow.class, AssignmentRow.class, TokenRow.class}) {
            jdbi.registerRowMapper(ConstructorMapper.factory(row));
        }
        return jdbi;
    }
}
