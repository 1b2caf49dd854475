package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL of the service on PostgreSQL (a fresh schema, dropped afterwards; skipped loudly when
 * PostgreSQL does not answer) while 8 clients write: nothing that got a 2xx is lost, no partial file is listed.
 */
class PostgresCrashRecoveryIT {
    @TempDir
    Path dataDir;

    @Test
    void every_write_acknowledged_before_a_kill_is_there_after_the_restart_on_postgresql() {
        PostgresTestDatabase database = PostgresTestDatabase.createOrSkip(getClass().getSimpleName());
        try {
            CrashRounds.Outcome outcome = new CrashRounds(dataDir, List.of("--db-url", database.url()), System.nanoTime()).run(3);

            System.out.println("PostgreSQL crash rounds: " + outcome.summary());
            assertThat(outcome.acknowledged()).as(outcome.summary()).isGreaterThanOrEqualTo(3 * CrashRounds.ACKS_BEFORE_KILL);
            assertThat(outcome.lost()).as(outcome.summary()).isEmpty();
        } finally {
            database.drop();
        }
    }
}
