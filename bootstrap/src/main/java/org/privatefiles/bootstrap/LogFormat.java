package org.privatefiles.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/** How the run writes its log lines to stderr ({@code --log-format}): logback's text pattern, or one JSON object per line with logback's own JsonEncoder. */
enum LogFormat {
    TEXT, JSON;

    /** The appender of {@code logback.xml} whose encoder this switches. */
    static final String APPENDER = "STDERR";

    /** As the flag spells it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Makes the run's log lines take this format; text is what {@code logback.xml} sets up. */
    void apply() {
        if (this == TEXT || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) instanceof OutputStreamAppender<ILoggingEvent> appender) {
            var encoder = new JsonEncoder();
            encoder.setContext(context);
            encoder.setWithSequenceNumber(false);
            encoder.setWithNanoseconds(false);
            encoder.setWithContext(false);
            encoder.setWithArguments(false);
            encoder.setWithMessage(false);
            encoder.setWithFormattedMessage(true);
            encoder.start();
            appender.stop();
            appender.setEncoder(encoder);
            appender.start();
        }
    }
}
