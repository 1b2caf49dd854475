package org.privatefiles.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every commit acknowledged on embedded H2 survives SIGKILL of its JVM, with the production URL
 * settings and compaction ({@link H2KillRounds}: with {@code RETENTION_TIME=0} most rounds lost some).
 */
class H2KillTest {
    private static final int ROUNDS = 10;

    @Test
    void no_acknowledged_create_or_rename_is_lost_when_the_jvm_is_killed(@TempDir Path dir) throws Exception {
        H2KillRounds.Outcome outcome = H2KillRounds.parent(dir.resolve("data"), ROUNDS, JdbcPersistence.H2_SETTINGS, true);

        assertThat(outcome.acknowledged()).as("writes acknowledged before the kills").isPositive();
        assertThat(outcome.lost()).as("%s", outcome).isZero();
    }
}
