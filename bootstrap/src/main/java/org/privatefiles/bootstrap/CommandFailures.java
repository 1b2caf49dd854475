package org.privatefiles.bootstrap;

import java.io.PrintWriter;
import org.privatefiles.domain.failure.PrivateFilesException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that failed while running: a bad argument found only then ({@link UsageException}) exits
 * 2 with the usage; anything else is refused, exit 1, with one line on stderr naming the failure and its root cause.
 */
final class CommandFailures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof UsageException) {
            err.println(UsageErrors.PREFIX + e.getMessage());
            command.usage(err);
            err.flush();
            return Outcome.BAD_ARGUMENTS;
        }
        if (!(e instanceof PrivateFilesException)) {
            // looked up only here: logging is set up on first use, which a command that only prints its usage never pays for
            LoggerFactory.getLogger(CommandFailures.class).debug("Command failed", e);
        }
        // a PrivateFilesException's message is the core's plain English description (field problems included)
        String message = e instanceof PrivateFilesException ? e.getMessage() : describe(e);
        err.println(UsageErrors.PREFIX + message.replace('\n', ' '));
        err.flush();
        return Outcome.REFUSED;
    }

    /** The failure and its root cause, on one line. */
    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (root != e) {
            text += " (caused by " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
        }
        return text;
    }
}
