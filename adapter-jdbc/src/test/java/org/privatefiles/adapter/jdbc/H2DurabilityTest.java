package org.privatefiles.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.FileId;

/** How the embedded H2 database keeps acknowledged commits, and its file compact, without its background writer. */
class H2DurabilityTest {

    @Test
    void the_embedded_database_writes_every_commit_before_it_returns_and_keeps_emptied_chunks_for_45_seconds() throws SQLException {
        try (H2TestDatabase database = H2TestDatabase.create();
                JdbcPersistence persistence = database.open();
                Connection connection = DriverManager.getConnection(database.url())) {
            Map<String, String> settings = new TreeMap<>();
            try (var rows = connection.createStatement().executeQuery("SELECT SETTING_NAME, SETTING_VALUE"
                    + " FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('WRITE_DELAY', 'RETENTION_TIME')")) {
                while (rows.next()) {
                    settings.put(rows.getString(1), rows.getString(2));
                }
            }

            assertThat(settings).containsExactlyEntriesOf(new TreeMap<>(Map.of("RETENTION_TIME", "45000", "WRITE_DELAY", "0")));
        }
    }

    @Test
    void a_compaction_round_rewrites_the_sparse_chunks_that_one_commit_per_row_leaves() throws SQLException {
        try (H2TestDatabase database = H2TestDatabase.create();
                // emptied chunks dropped at once, so that the rewrite shows in the fill rate now rather than in 45 s
                JdbcPersistence persistence = JdbcPersistence.open(withoutRetention(database.url()), null, null, false);
                Connection connection = DriverManager.getConnection(withoutRetention(database.url()))) {
            OrgId org = persistence.directory().createOrg("Acme");
            UserId user = persistence.directory().createUser("ann@example.com", "x", false).id();
            for (int i = 0; i < 200; i++) {
                FileId id = persistence.files().nextId();
                persistence.files().insert(TestFiles.file(id, org, user, "report-" + i + ".pdf").build());
            }
            MVStore store = H2StoreCompaction.mvStore(connection);
            int fillRateBefore = store.getFillRate();

            var unpooled = new org.h2.jdbcx.JdbcDataSource();
            unpooled.setURL(withoutRetention(database.url()));
            try (H2StoreCompaction compaction = new H2StoreCompaction(unpooled)) {
                for (int round = 0; round < 20; round++) {
                    compaction.round();
                }
            }

            assertThat(store.getFillRate()).as("live share of the file before: %d%%", fillRateBefore)
                    .isGreaterThan(fillRateBefore);
        }
    }

    private static String withoutRetention(String url) {
        return url.replace("RETENTION_TIME=45000", "RETENTION_TIME=0");
    }
}
