package org.privatefiles.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PatientDataSourceTest {

    @Test
    void a_busy_pool_is_waited_out_beyond_its_connection_timeout() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:patient-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            var patient = new PatientDataSource(pool, Duration.ofSeconds(30));
            Connection held = pool.getConnection();
            CompletableFuture<Connection> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return patient.getConnection();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(3 * pool.getConnectionTimeout());
            held.close();

            try (Connection got = waiting.get(30, TimeUnit.SECONDS)) {
                assertThat(got.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void a_database_that_cannot_be_reached_fails_at_once_with_its_cause() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/nothing?connectTimeout=1");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            var patient = new PatientDataSource(pool, Duration.ofMinutes(10));

            assertThatThrownBy(patient::getConnection)
                    .isInstanceOf(SQLTransientConnectionException.class)
                    .hasCauseInstanceOf(java.sql.SQLException.class);
        }
    }

    private static HikariDataSource pool(String url) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        return new HikariDataSource(config);
    }
}
