package org.privatefiles.bootstrap;

/** How a command line ended: with an exit status, or with the service running. */
sealed interface Outcome {
    int OK = 0;
    int REFUSED = 1;
    int BAD_ARGUMENTS = 2;

    /** The command finished; the process exits with this status. */
    record Exited(int status) implements Outcome {
    }

    /** {@code serve} started the service, which runs until stopped. */
    record Serving(Service service) implements Outcome {
    }
}
