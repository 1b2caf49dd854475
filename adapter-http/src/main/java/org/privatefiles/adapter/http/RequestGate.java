package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.failure.ThrottledException;
import org.privatefiles.domain.failure.UnauthenticatedException;
import org.privatefiles.domain.throttle.ThrottleDecision;
import org.privatefiles.domain.throttle.ThrottleScope;
import org.privatefiles.domain.throttle.WindowVerdict;

/** The checks every API request passes first, in the contract's order: token (401), pro membership (403), rate limits (429). */
final class RequestGate {
    private final PrivateFilesCore core;

    RequestGate(PrivateFilesCore core) {
        this.core = core;
    }

    /** The user the request's token belongs to. */
    UserId user(Context ctx) {
        UserId user = core.authenticateToken().authenticate(token(ctx));
        Exchange.of(ctx).user(user.value());
        return user;
    }

    /** Authenticates, then admits the request into the org's files in this scope. */
    Admission admit(Context ctx, OrgId org, ThrottleScope scope) {
        String token = token(ctx);
        Exchange exchange = Exchange.of(ctx);
        exchange.org(org.value());
        try {
            Admission admission = core.admitRequest().admit(token, org, scope);
            exchange.user(admission.actor().user().value());
            exchange.throttle(scope.name(), false);
            rateLimitHeaders(ctx, admission.throttle());
            return admission;
        } catch (ThrottledException e) {
            exchange.throttle(scope.name(), true);
            rateLimitHeaders(ctx, e.decision());
            throw e;
        }
    }

    private static String token(Context ctx) {
        return Credentials.token(ctx.header("Authorization"))
                .orElseThrow(() -> new UnauthenticatedException(Credentials.NOT_PROVIDED));
    }

    private static void rateLimitHeaders(Context ctx, ThrottleDecision decision) {
        WindowVerdict org = decision.primary();
        ctx.header("X-RateLimit-Limit", Integer.toString(org.window().limit()));
        ctx.header("X-RateLimit-Remaining", Integer.toString(org.remaining()));
        ctx.header("X-RateLimit-Reset", Long.toString(Timestamps.epochSecondsCeil(org.availableAt())));
    }
}
