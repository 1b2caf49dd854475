package org.privatefiles.adapter.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema {@code pf_test_<random>} on the test PostgreSQL server (env
 * {@value #URL_ENV}, default {@value #DEFAULT_URL}), connected to with {@code currentSchema} set and
 * dropped on close, so runs never collide. When the server cannot be reached the test is skipped
 * with a loud message, or fails when env {@value #REQUIRE_ENV}=1.
 */
final class PostgresTestDatabase implements TestDatabase {
    static final String URL_ENV = "PRIVATE_FILES_TEST_PG_URL";
    static final String REQUIRE_ENV = "PRIVATE_FILES_REQUIRE_PG";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final String serverUrl;
    private final String schema;

    private PostgresTestDatabase(String serverUrl, String schema) {
        this.serverUrl = serverUrl;
        this.schema = schema;
    }

    /** Creates the schema, or skips (fails, when PostgreSQL is required) the calling test if the server is unreachable. */
    static PostgresTestDatabase createOrSkip() {
        String serverUrl = serverUrl();
        String schema = "pf_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = connect(serverUrl)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + serverUrl + " (" + e.getMessage() + ")";
            if ("1".equals(System.getenv(REQUIRE_ENV))) {
                throw new AssertionError(message + " and " + REQUIRE_ENV + "=1", e);
            }
            System.err.println("\n" + "!".repeat(100) + "\n!!! SKIPPING PostgreSQL TESTS: " + message
                    + "\n!!! Set " + URL_ENV + " to a reachable server, or " + REQUIRE_ENV + "=1 to fail instead.\n"
                    + "!".repeat(100) + "\n");
            Assumptions.assumeTrue(false, "SKIPPED: " + message);
        }
        return new PostgresTestDatabase(serverUrl, schema);
    }

    static String serverUrl() {
        String url = System.getenv(URL_ENV);
        return url == null || url.isBlank() ? DEFAULT_URL : url.strip();
    }

    String schema() {
        return schema;
    }

    @Override
    public String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() {
        try (Connection c = connect(serverUrl)) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "60");
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new SQLException(URL_ENV + " must be a jdbc:postgresql: URL: " + url);
        }
        return DriverManager.getConnection(url, properties);
    }
}
