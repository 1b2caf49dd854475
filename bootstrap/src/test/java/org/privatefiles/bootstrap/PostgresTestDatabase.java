package org.privatefiles.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL of the tests ({@value #URL_ENV}, default {@value #DEFAULT_URL}): a fresh schema per
 * test class, dropped afterwards. When the server does not answer the tests are skipped with a loud
 * banner, or fail when {@value #REQUIRE_ENV}=1 (as in CI).
 */
final class PostgresTestDatabase {
    static final String URL_ENV = "PRIVATE_FILES_TEST_PG_URL";
    static final String REQUIRE_ENV = "PRIVATE_FILES_REQUIRE_PG";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final String baseUrl;
    private final String schema = "pf_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);

    private PostgresTestDatabase(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Connects and makes the schema, or skips (fails when required) the calling test class. */
    static PostgresTestDatabase createOrSkip(String testClass) {
        String url = System.getenv().getOrDefault(URL_ENV, DEFAULT_URL);
        var database = new PostgresTestDatabase(url);
        try {
            database.execute("CREATE SCHEMA " + database.schema);
            return database;
        } catch (SQLException e) {
            String reason = "PostgreSQL at " + url + " does not answer (" + e.getMessage() + ")";
            if ("1".equals(System.getenv(REQUIRE_ENV))) {
                Assertions.fail(reason + " and " + REQUIRE_ENV + "=1");
            }
            System.err.println("\n" + "#".repeat(100) + "\n#  SKIPPED: " + testClass + " did NOT run on PostgreSQL.\n#  "
                    + reason + "\n#  Start PostgreSQL or set " + URL_ENV + "; set " + REQUIRE_ENV + "=1 to fail instead.\n"
                    + "#".repeat(100) + "\n");
            Assumptions.abort(reason);
            throw new AssertionError("unreachable");
        }
    }

    /** The URL of the fresh schema, for {@code --db-url}. */
    String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    void drop() {
        try {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    private void execute(String sql) throws SQLException {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(baseUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
