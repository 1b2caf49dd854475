package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.ExpectedVersion;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.application.port.in.Fields;
import org.privatefiles.application.port.in.FileUpdate;
import org.privatefiles.application.port.in.NewFile;
import org.privatefiles.application.port.in.StagedContent;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.TooLargeException;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.throttle.ThrottleScope;

/** Retrieve, create, update and delete of one private file; a multipart file part is streamed into storage as it arrives. */
final class FileHandlers {
    static final String FILE_FIELD = "file_contents";
    private static final EnumSet<RequestBody.Kind> ANY_BODY = EnumSet.allOf(RequestBody.Kind.class);

    private final PrivateFilesCore core;
    private final RequestGate gate;
    private final FilePatchReader patches;
    private final Views views;

    FileHandlers(PrivateFilesCore core, RequestGate gate, FilePatchReader patches, Views views) {
        this.core = core;
        this.gate = gate;
        this.patches = patches;
        this.views = views;
    }

    void retrieve(Context ctx) {
        OrgId org = PathIds.org(ctx);
        FileId id = PathIds.file(ctx);
        Admission admission = gate.admit(ctx, org, ThrottleScope.READ);
        respond(ctx, 200, core.retrieveFile().retrieve(admission, id));
    }

    /** Multipart: a file with content; JSON: a file awaiting a chunked upload (API.md §7). */
    void create(Context ctx) {
        OrgId org = PathIds.org(ctx);
        Admission admission = gate.admit(ctx, org, ThrottleScope.WRITE);
        PrivateFile file = switch (RequestBody.kind(ctx, ANY_BODY)) {
            case MULTIPART -> createWithContent(ctx, admission, org);
            case FORM -> throw missingFile(patches.fromForm(RequestBody.form(ctx), org));
            case JSON, NONE -> core.chunkedUploads().start(admission, patches.fromJson(RequestBody.json(ctx), org));
        };
        ctx.header("Location", views.urls().file(org, file.id()));
        respond(ctx, 201, file);
    }

    void update(Context ctx) {
        OrgId org = PathIds.org(ctx);
        FileId id = PathIds.file(ctx);
        Admission admission = gate.admit(ctx, org, ThrottleScope.WRITE);
        ExpectedVersion expected = FileEntityTags.expected(ctx);
        PrivateFile file = switch (RequestBody.kind(ctx, ANY_BODY)) {
            case MULTIPART -> updateWithContent(ctx, admission, org, id, expected);
            case FORM -> core.updateFile().update(admission, id, FileUpdate.of(patches.fromForm(RequestBody.form(ctx), org)).ifAt(expected));
            case JSON, NONE -> core.updateFile().update(admission, id, FileUpdate.of(patches.fromJson(RequestBody.json(ctx), org)).ifAt(expected));
        };
        respond(ctx, 200, file);
    }

    void delete(Context ctx) {
        OrgId org = PathIds.org(ctx);
        FileId id = PathIds.file(ctx);
        Admission admission = gate.admit(ctx, org, ThrottleScope.WRITE);
        core.deleteFile().delete(admission, id, FileEntityTags.expected(ctx));
        ctx.status(204);
    }

    /** The file's view with its ETag. */
    private void respond(Context ctx, int status, PrivateFile file) {
        FileEntityTags.tag(ctx, file);
        Responses.json(ctx, status, views.file(file));
    }

    private PrivateFile createWithContent(Context ctx, Admission admission, OrgId org) {
        try (var form = readForm(ctx, admission)) {
            FilePatch patch = patches.fromForm(form.fields(), org);
            if (form.file() == null) {
                throw missingFile(patch);
            }
            return core.createFile().create(admission, new NewFile(patch, form.file(), expectedMd5(form.fields())));
        }
    }

    private PrivateFile updateWithContent(Context ctx, Admission admission, OrgId org, FileId id, ExpectedVersion expected) {
        try (var form = readForm(ctx, admission)) {
            Optional<StagedContent> staged = Optional.ofNullable(form.file());
            FilePatch patch = patches.fromForm(form.fields(), org);
            var update = new FileUpdate(patch, staged, staged.isPresent() ? expectedMd5(form.fields()) : null);
            return core.updateFile().update(admission, id, update.ifAt(expected));
        }
    }

    /** Refuses a body that announces more than the largest file plus the form fields, before reading it. */
    private UploadForm.Result readForm(Context ctx, Admission admission) {
        long max = core.settings().maxUploadBytes();
        if (ctx.req().getContentLengthLong() > max + UploadForm.TEXT_LIMIT) {
            throw new TooLargeException(max);
        }
        var files = core.createFile();
        return UploadForm.read(ctx, FILE_FIELD, (content, fileName) -> files.stage(admission, content, fileName));
    }

    /** A create without a file part: "No file was submitted.", with every other field error of the request. */
    private static InvalidException missingFile(FilePatch patch) {
        var errors = new LinkedHashMap<>(patch.unreadable());
        errors.putIfAbsent(Fields.CONTENT, List.of(new Problem.Required()));
        return new InvalidException(errors);
    }

    private static String expectedMd5(FormFields fields) {
        String hash = fields.last("file_hash");
        return hash == null || hash.isBlank() ? null : hash.strip();
    }
}
