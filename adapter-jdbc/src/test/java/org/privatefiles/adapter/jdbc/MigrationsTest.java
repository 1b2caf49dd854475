package org.privatefiles.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.StandardFileTags;
import org.privatefiles.domain.tag.FileTag;

/** The migrations on a fresh database of the subclass's kind: idempotent, and seeding the standard tags. */
abstract class MigrationsTest {
    /** A fresh, empty database; the test closes it. */
    abstract TestDatabase newDatabase();

    abstract Dialect dialect();

    @Test
    void migrating_a_migrated_database_again_applies_nothing() {
        try (TestDatabase database = newDatabase(); HikariDataSource dataSource = dataSource(database.url())) {
            MigrateResult first = Migrations.run(dataSource, dialect());
            MigrateResult second = Migrations.run(dataSource, dialect());

            assertThat(first.migrationsExecuted).isEqualTo(5);
            assertThat(second.migrationsExecuted).isZero();
            assertThat(second.targetSchemaVersion).isNull();
            int applied = Jdbi.create(dataSource).withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL").mapTo(Integer.class).one());
            assertThat(applied).isEqualTo(5);
        }
    }

    @Test
    void opening_the_adapter_twice_on_one_database_keeps_its_data() {
        try (TestDatabase database = newDatabase()) {
            String title = "kept across opens";
            try (JdbcPersistence first = database.open()) {
                first.tags().create(title, false);
            }
            try (JdbcPersistence second = database.open()) {
                assertThat(second.tags().findByTitle(title)).isPresent();
                assertThat(second.tags().all()).hasSize(StandardFileTags.all().size() + 1);
            }
        }
    }

    @Test
    void the_53_standard_tags_are_seeded_with_their_ids_titles_types_and_export_flags() {
        try (TestDatabase database = newDatabase(); JdbcPersistence persistence = database.open()) {
            assertThat(persistence.tags().all()).hasSize(53).containsExactlyElementsOf(StandardFileTags.all());
        }
    }

    @Test
    void the_first_new_tag_gets_id_54_and_the_next_55() {
        try (TestDatabase database = newDatabase(); JdbcPersistence persistence = database.open()) {
            FileTag first = persistence.tags().create("First custom tag", false);
            FileTag second = persistence.tags().create("Second custom tag", true);

            assertThat(first.id().value()).isEqualTo(54);
            assertThat(second.id().value()).isEqualTo(55);
        }
    }

    @Test
    void the_adapter_knows_which_database_it_runs_on() {
        try (TestDatabase database = newDatabase(); JdbcPersistence persistence = database.open()) {
            assertThat(persistence.isPostgres()).isEqualTo(dialect() == Dialect.POSTGRES);
        }
    }

    private static HikariDataSource dataSource(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
