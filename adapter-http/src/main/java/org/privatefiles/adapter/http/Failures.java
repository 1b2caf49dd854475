package org.privatefiles.adapter.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EofException;
import org.privatefiles.domain.failure.ConcurrentChangeException;
import org.privatefiles.domain.failure.ConflictException;
import org.privatefiles.domain.failure.ForbiddenException;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.failure.PreconditionFailedException;
import org.privatefiles.domain.failure.ThrottledException;
import org.privatefiles.domain.failure.TooLargeException;
import org.privatefiles.domain.failure.UnavailableException;
import org.privatefiles.domain.failure.UnauthenticatedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to its status and JSON body, once; anything unexpected is a 500 with a request id that is also logged. */
final class Failures {
    static final String PERMISSION_DENIED = "You do not have permission to perform this action.";
    static final String UNAVAILABLE = "Service temporarily unavailable.";
    /** Seconds a client is asked to wait while the database or the store cannot be reached (the pool reconnects by itself). */
    static final long RETRY_AFTER_OUTAGE_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    /** Headers a handler may have set for the content it meant to send, which an error body must not carry. */
    private static final List<String> CONTENT_HEADERS = List.of("Content-Length", "Content-Disposition", "Content-Range",
            "ETag", "Accept-Ranges", "Location");

    void handle(Exception e, Context ctx) {
        if (ctx.res().isCommitted()) {
            failedAfterCommit(e, ctx);
            return;
        }
        ctx.res().resetBuffer();
        for (String header : CONTENT_HEADERS) {
            ctx.res().setHeader(header, null);
        }
        BrokenBody broken = BrokenBody.in(e);
        if (broken != null) {
            LOG.debug("{} {}: {}", ctx.req().getMethod(), ctx.path(), broken.getMessage());
            ctx.header("Connection", "close");
            detail(ctx, broken.status(), broken.detail());
        } else if (e instanceof HttpProblem problem) {
            problem.headers().forEach(ctx::header);
            Responses.json(ctx, problem.status(), problem.body());
        } else if (e instanceof InvalidException invalid) {
            Responses.json(ctx, 400, WireNames.errors(invalid));
        } else if (e instanceof NotFoundException) {
            detail(ctx, 404, "Not found.");
        } else if (e instanceof ForbiddenException) {
            detail(ctx, 403, PERMISSION_DENIED);
        } else if (e instanceof UnauthenticatedException) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"api\"");
            detail(ctx, 401, e.getMessage());
        } else if (e instanceof ThrottledException throttled) {
            ctx.header("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            detail(ctx, 429, throttled.getMessage());
        } else if (e instanceof PreconditionFailedException) {
            detail(ctx, 412, "Precondition failed.");
        } else if (e instanceof ConflictException || e instanceof ConcurrentChangeException) {
            detail(ctx, 409, e.getMessage());
        } else if (e instanceof UnavailableException) {
            LOG.warn("{} {}: {} ({})", ctx.req().getMethod(), ctx.path(), e.getMessage(), rootCause(e));
            ctx.header("Retry-After", Long.toString(RETRY_AFTER_OUTAGE_SECONDS));
            detail(ctx, 503, UNAVAILABLE);
        } else if (e instanceof TooLargeException) {
            ctx.header("Connection", "close");
            detail(ctx, 413, e.getMessage());
        } else if (e instanceof EndpointNotFound) {
            detail(ctx, 404, "Not found.");
        } else if (e instanceof MethodNotAllowedResponse notAllowed) {
            methodNotAllowed(ctx, notAllowed);
        } else if (e instanceof HttpResponseException http) {
            detail(ctx, http.getStatus(), http.getMessage());
        } else {
            internal(e, ctx);
        }
    }

    /** Javalin found the path under other methods (prefer405over404); its one detail lists them, in the order Allow wants. */
    private static void methodNotAllowed(Context ctx, MethodNotAllowedResponse notAllowed) {
        notAllowed.getDetails().values().stream().findFirst().ifPresent(allow -> ctx.header("Allow", allow));
        detail(ctx, 405, "Method \"" + ctx.req().getMethod() + "\" not allowed.");
    }

    private static void internal(Exception e, Context ctx) {
        if (isClientGone(e)) {
            // Nobody may be listening any more; should the client still be there, its request was cut short.
            LOG.debug("{} {}: the client went away", ctx.req().getMethod(), ctx.path(), e);
            ctx.header("Connection", "close");
            detail(ctx, 400, "Malformed request body.");
            return;
        }
        String requestId = Exchange.of(ctx).requestId();
        LOG.error("request_id={} {} {} failed", requestId, ctx.req().getMethod(), ctx.path(), e);
        Responses.json(ctx, 500, new ServerError("Internal server error.", requestId));
    }

    /** The body of a 500. */
    @JsonPropertyOrder({"detail", "request_id"})
    record ServerError(String detail, String requestId) {
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static boolean isClientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EofException) {
                return true;
            }
        }
        return false;
    }

    /** The response is already on its way: log, and cut the connection so the client sees it is incomplete. */
    private static void failedAfterCommit(Exception e, Context ctx) {
        if (isClientGone(e)) {
            LOG.debug("{} {}: the client went away", ctx.req().getMethod(), ctx.path(), e);
            return;
        }
        LOG.error("request_id={} {} {} failed after the response was committed",
                Exchange.of(ctx).requestId(), ctx.req().getMethod(), ctx.path(), e);
        cutConnection(ctx, e);
    }

    private static void cutConnection(Context ctx, Exception e) {
        try {
            ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().abort(e);
        } catch (RuntimeException ignored) {
            // the connection is going away anyway
        }
    }

    private static void detail(Context ctx, int status, String detail) {
        Responses.json(ctx, status, Map.of("detail", detail));
    }
}
