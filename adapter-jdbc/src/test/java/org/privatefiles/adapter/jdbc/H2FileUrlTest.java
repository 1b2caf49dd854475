package org.privatefiles.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The embedded H2 database of a data folder. */
class H2FileUrlTest {

    @Test
    void the_url_names_a_file_database_in_the_data_folder_with_the_concurrency_settings() {
        String url = JdbcPersistence.h2FileUrl(Path.of("/var/lib/private-files/data"));

        assertThat(url).isEqualTo("jdbc:h2:file:/var/lib/private-files/data/private-files"
                + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;RETENTION_TIME=45000;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void a_relative_data_folder_becomes_absolute() {
        String url = JdbcPersistence.h2FileUrl(Path.of("data"));

        assertThat(url).startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath().normalize() + "/private-files;");
    }

    @Test
    void a_data_folder_whose_path_holds_a_semicolon_is_refused() {
        assertThatThrownBy(() -> JdbcPersistence.h2FileUrl(Path.of("/tmp/a;MODE=MySQL")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_database_file_is_created_in_the_data_folder_and_outlives_the_adapter() {
        try (H2TestDatabase database = H2TestDatabase.create()) {
            try (JdbcPersistence persistence = database.open()) {
                persistence.directory().createOrg("Acme");
            }

            assertThat(Files.exists(database.folder().resolve("private-files.mv.db"))).isTrue();
            try (JdbcPersistence reopened = database.open()) {
                assertThat(reopened.directory().orgExists(org.privatefiles.domain.actor.OrgId.of(1))).isTrue();
            }
        }
    }

    @Test
    void a_url_of_another_database_is_refused() {
        assertThatThrownBy(() -> JdbcPersistence.open("jdbc:mysql://localhost/x", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
