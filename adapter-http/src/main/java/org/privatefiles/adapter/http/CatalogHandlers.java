package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.DocumentTemplateId;

/**
 * The read-only catalogues, none throttled: file tags (any authenticated user); an org, its
 * projects and its document templates (pros); a user (the user and pros of the user's orgs).
 */
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

    void org(Context ctx) {
        OrgId org = PathIds.org(ctx);
        UserId user = gate.user(ctx);
        Responses.json(ctx, 200, OrgView.from(core.orgs().get(user, org), views.urls()));
    }

    void user(Context ctx) {
        UserId id = PathIds.user(ctx);
        UserId viewer = gate.user(ctx);
        Responses.json(ctx, 200, UserView.from(core.users().get(viewer, id), views.urls()));
    }

    void documentTemplates(Context ctx) {
        OrgId org = PathIds.org(ctx);
        UserId user = gate.user(ctx);
        Responses.json(ctx, 200, core.documentTemplates().list(user, org).stream()
                .map(t -> DocumentTemplateView.from(t, views.urls())).toList());
    }

    void documentTemplate(Context ctx) {
        OrgId org = PathIds.org(ctx);
        DocumentTemplateId id = PathIds.documentTemplate(ctx);
        UserId user = gate.user(ctx);
        Responses.json(ctx, 200, DocumentTemplateView.from(core.documentTemplates().get(user, org, id), views.urls()));
    }

    void project(Context ctx) {
        OrgId org = PathIds.org(ctx);
        ProjectId id = PathIds.project(ctx);
        UserId user = gate.user(ctx);
        Responses.json(ctx, 200, views.project(core.projects().get(user, org, id)));
    }
}
