package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL of the service on embedded H2 while 8 clients write: nothing that got a 2xx is lost, no partial file is listed. */
class H2CrashRecoveryIT {
    @TempDir
    Path dataDir;

    @Test
    void every_write_acknowledged_before_a_kill_is_there_after_the_restart_on_h2() {
        CrashRounds.Outcome outcome = new CrashRounds(dataDir, List.of(), System.nanoTime()).run(3);

        System.out.println("H2 crash rounds: " + outcome.summary());
        assertThat(outcome.acknowledged()).as(outcome.summary()).isGreaterThanOrEqualTo(3 * CrashRounds.ACKS_BEFORE_KILL);
        assertThat(outcome.lost()).as(outcome.summary()).isEmpty();
    }
}
