package org.privatefiles.adapter.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with Flyway: the shared scripts of
 * {@code db/migration/common} plus the database's own folder ({@code h2} or {@code postgresql}),
 * which hold the same versions so both histories line up.
 */
final class Migrations {
    static final String COMMON = "classpath:db/migration/common";

    private Migrations() {
    }

    static MigrateResult run(DataSource dataSource, Dialect dialect) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(COMMON, dialect.migrationLocation())
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
