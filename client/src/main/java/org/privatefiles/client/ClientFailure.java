package org.privatefiles.client;

/** Why a client command could not finish, with the exit status it ends with (API.md §9). */
public final class ClientFailure extends RuntimeException {
    public static final int REFUSED = 1;
    public static final int BAD_ARGUMENTS = 2;
    public static final int TRANSFER = 3;

    private final int status;

    private ClientFailure(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The service said no: its {@code detail} or field errors. */
    public static ClientFailure refused(String message) {
        return new ClientFailure(REFUSED, message, null);
    }

    /** The command line (or the stored configuration it relies on) does not say what to do. */
    public static ClientFailure badArguments(String message) {
        return new ClientFailure(BAD_ARGUMENTS, message, null);
    }

    /** The network failed, or the bytes that arrived are not the bytes that were sent. */
    public static ClientFailure transfer(String message, Throwable cause) {
        return new ClientFailure(TRANSFER, message, cause);
    }

    public int status() {
        return status;
    }
}
