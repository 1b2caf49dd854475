package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.DocumentTemplateId;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.tag.FileTagId;

/** Ids taken from the request path: positive integers, anything else is a 404 (the URL does not name a resource). */
final class PathIds {
    private PathIds() {
    }

    static OrgId org(Context ctx) {
        return OrgId.of(positive(ctx.pathParam("org")));
    }

    static FileId file(Context ctx) {
        return FileId.of(positive(ctx.pathParam("id")));
    }

    static ProjectId project(Context ctx) {
        return ProjectId.of(positive(ctx.pathParam("id")));
    }

    static DocumentTemplateId documentTemplate(Context ctx) {
        return DocumentTemplateId.of(positive(ctx.pathParam("id")));
    }

    static UserId user(Context ctx) {
        return UserId.of(positive(ctx.pathParam("id")));
    }

    static FileTagId tag(Context ctx) {
        return FileTagId.of(positive(ctx.pathParam("id")));
    }

    static long positive(String text) {
        if (text == null || text.isEmpty() || text.length() > 19) {
            throw HttpProblem.notFound();
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw HttpProblem.notFound();
            }
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException beyond64Bits) {
            throw HttpProblem.notFound();
        }
        if (value <= 0) {
            throw HttpProblem.notFound();
        }
        return value;
    }
}
