package org.privatefiles.client;

import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Bytes done of a transfer, shown as a bar on stderr (bytes, rate, ETA) when stderr is a terminal, else nowhere. */
interface Progress extends AutoCloseable {
    /** Counts bytes that moved (thread-safe). */
    void advance(long bytes);

    @Override
    void close();

    /** A bar for a terminal; nothing with {@code quiet} or when stderr is not a terminal. */
    static Progress of(ClientContext context, boolean quiet, String task, long total, long alreadyDone) {
        if (quiet || !context.stderrIsTerminal()) {
            return new Progress() {
                @Override
                public void advance(long bytes) {
                }

                @Override
                public void close() {
                }
            };
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .startsFrom(alreadyDone, Duration.ZERO)
                .setUnit("MiB", 1024 * 1024)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(context.err()))
                .build();
        return new Progress() {
            @Override
            public void advance(long bytes) {
                bar.stepBy(bytes);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
