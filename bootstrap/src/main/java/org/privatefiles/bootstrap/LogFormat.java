package org.privatefiles.bootstrap;

import java.util.Locale;

/** How the run writes its log lines to stderr ({@code --log-format}): logback's text pattern, or one JSON object per line with logback's own JsonEncoder. */
enum LogFormat {
    TEXT, JSON;

    /** As the flag spells it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Makes the run's log lines take this format; text is what {@code logback.xml} sets up. */
    void apply() {
        if (this == JSON) {
            JsonLogLines.install();   // a class of its own, so that a command that never logs loads no logback class
        }
    }
}
