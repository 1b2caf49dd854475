package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;

/** The read-only catalogues: file tags (any authenticated user) and an org's projects (pros), neither throttled. */
final class CatalogHandlers {
    private final PrivateFilesCore core;
    private final RequestGate gate;
    private final Views views;

    CatalogHandlers(PrivateFilesCore core, RequestGate gate, Views views) {
        this.core = core;
        this.gate = gate;
        this.views = views;
    }

    void tags(Context ctx) {
        gate.user(ctx);
        Responses.json(ctx, 200, core.fileTags().all().stream().map(views::tag).toList());
    }

    void tag(Context ctx) {
        var id = PathIds.tag(ctx);
        gate.user(ctx);
        Responses.json(ctx, 200, views.tag(core.fileTags().get(id)));
    }

    void projects(Context ctx) {
        OrgId org = PathIds.org(ctx);
        UserId user = gate.user(ctx);
        Responses.json(ctx, 200, core.projects().list(user, org).stream().map(views::project).toList());
    }

    void project(Context ctx) {
        OrgId org = PathIds.org(ctx);
        ProjectId id = PathIds.project(ctx);
        UserId user = gate.user(ctx);
        Responses.json(ctx, 200, views.project(core.projects().get(user, org, id)));
    }
}
