package org.privatefiles.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.EnumSet;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.port.in.HealthReport;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.ThrottledException;
import org.privatefiles.domain.failure.Validation;

/** Log-in for a token ({@code POST /api-token-auth/}, DRF's ObtainAuthToken) and the unauthenticated health check. */
final class AccountHandlers {
    private final PrivateFilesCore core;
    private final Views views;

    AccountHandlers(PrivateFilesCore core, Views views) {
        this.core = core;
        this.views = views;
    }

    void logIn(Context ctx) {
        var kind = RequestBody.kind(ctx, EnumSet.allOf(RequestBody.Kind.class));
        FormFields fields = switch (kind) {
            case JSON, NONE -> fromJson(RequestBody.json(ctx));
            case FORM -> RequestBody.form(ctx);
            case MULTIPART -> UploadForm.read(ctx, null, null).fields();
        };
        var errors = new Validation();
        String username = required(fields, "username", errors);
        String password = required(fields, "password", errors);
        errors.throwIfInvalid();
        try {
            Responses.json(ctx, 200, LogInView.from(core.logIn().logIn(username, password, ctx.ip()), views.urls()));
        } catch (ThrottledException e) {
            Exchange.of(ctx).throttle("login", true);
            throw e;
        }
    }

    void health(Context ctx) {
        HealthReport report = core.health().check();
        if (!report.up()) {
            ctx.header("Retry-After", Long.toString(Failures.RETRY_AFTER_OUTAGE_SECONDS));
        }
        Responses.json(ctx, report.up() ? 200 : 503, HealthView.from(report));
    }

    private static FormFields fromJson(JsonNode body) {
        var fields = new FormFields();
        Json.requireObject(body);
        for (String name : new String[] {"username", "password"}) {
            JsonNode value = body.get(name);
            if (value != null) {
                fields.add(name, value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString());
            }
        }
        return fields;
    }

    /** DRF CharField checks: present, not null, not blank. */
    private static String required(FormFields fields, String name, Validation errors) {
        if (!fields.has(name)) {
            errors.add(name, new Problem.Required());
            return null;
        }
        String value = fields.last(name);
        if (value == null) {
            errors.add(name, new Problem.NotNull());
        } else if (value.isBlank()) {
            errors.add(name, new Problem.Blank());
        }
        return value;
    }
}
