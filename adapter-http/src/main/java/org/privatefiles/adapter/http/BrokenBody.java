package org.privatefiles.adapter.http;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * The request body failed to arrive: too slowly (below the minimum data rate, or stalled past the
 * idle timeout: 408) or malformed (broken chunked encoding, cut short, a form that does not parse: 400). The client's fault,
 * never logged as an error. The Jetty failure is kept as text only, so that no framework layer
 * mistakes this for its own timeout or client abort and answers without a JSON body.
 */
final class BrokenBody extends IOException {
    private final int status;
    private final String detail;

    private BrokenBody(int status, String message, String detail) {
        super(message, null);
        this.status = status;
        this.detail = detail;
    }

    /** A body that arrived whole but does not parse, answered with this detail. */
    static BrokenBody malformed(String detail) {
        return new BrokenBody(400, detail, detail);
    }

    /** What a failed read of the body means for the request. */
    static BrokenBody of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return new BrokenBody(408, "request body too slow: " + failure, "The request body did not arrive in time.");
            }
        }
        return new BrokenBody(400, "request body malformed or cut short: " + failure, "Malformed request body.");
    }

    int status() {
        return status;
    }

    String detail() {
        return detail;
    }

    /** The first broken body in a failure's causes, if any. */
    static BrokenBody in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BrokenBody broken) {
                return broken;
            }
        }
        return null;
    }
}
