package org.privatefiles.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets how much the run logs (to stderr): only warnings for the admin commands, information for the
 * service; a level set with {@value #OVERRIDE} (environment variable or system property) wins.
 */
final class LogLevels {
    static final String OVERRIDE = "PRIVATE_FILES_LOG_LEVEL";

    private LogLevels() {
    }

    static void quiet() {
        set(Level.WARN);
    }

    static void normal() {
        set(Level.INFO);
    }

    private static void set(Level level) {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root
                && System.getenv(OVERRIDE) == null && System.getProperty(OVERRIDE) == null) {
            root.setLevel(level);
        }
    }
}
