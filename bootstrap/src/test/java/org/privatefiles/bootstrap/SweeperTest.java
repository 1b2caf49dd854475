package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.port.in.SweepReport;

/** The periodic maintenance pass: it runs at start, and a failing pass does not stop the next ones. */
class SweeperTest {

    @Test
    void a_failing_pass_does_not_stop_the_schedule() throws InterruptedException {
        var passes = new AtomicInteger();
        var thirdPass = new CountDownLatch(1);
        try (Sweeper ignored = Sweeper.start(() -> {
            if (passes.incrementAndGet() == 3) {
                thirdPass.countDown();
            }
            if (passes.get() < 3) {
                throw new IllegalStateException("database down");
            }
            return new SweepReport(0, 0, 0, 0, 0);
        }, Duration.ofMillis(1))) {
            assertThat(thirdPass.await(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    @Test
    void the_first_pass_runs_at_start() throws InterruptedException {
        var first = new CountDownLatch(1);
        try (Sweeper ignored = Sweeper.start(() -> {
            first.countDown();
            return new SweepReport(0, 0, 0, 0, 0);
        }, Duration.ofDays(1))) {
            assertThat(first.await(1, TimeUnit.MINUTES)).isTrue();
        }
    }
}
