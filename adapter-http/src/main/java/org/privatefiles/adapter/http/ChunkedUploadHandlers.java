package org.privatefiles.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.Fields;
import org.privatefiles.application.port.in.PartReference;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.Problem.Expected;
import org.privatefiles.domain.failure.TooLargeException;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.UploadPart;
import org.privatefiles.domain.throttle.ThrottleScope;

/** The chunked-upload calls of API.md §7: put a part (raw body, optional Content-MD5), complete the upload. */
final class ChunkedUploadHandlers {
    static final String MD5_HEADER = "Content-MD5";

    private final PrivateFilesCore core;
    private final RequestGate gate;
    private final Views views;

    ChunkedUploadHandlers(PrivateFilesCore core, RequestGate gate, Views views) {
        this.core = core;
        this.gate = gate;
        this.views = views;
    }

    /** {@code PUT .../private_files/{id}/parts/{n}/}: the part's bytes streamed into storage. */
    void putPart(Context ctx) throws IOException {
        OrgId org = PathIds.org(ctx);
        FileId id = PathIds.file(ctx);
        int number = partNumber(ctx.pathParam("n"));
        Admission admission = gate.admit(ctx, org, ThrottleScope.WRITE);
        String expectedMd5 = expectedMd5(ctx.header(MD5_HEADER));
        long max = core.settings().maxUploadBytes();
        UploadPart part;
        if (ctx.req().getContentLengthLong() > max) {
            throw new TooLargeException(max);
        }
        try (InputStream in = RequestBody.stream(ctx)) {
            part = core.chunkedUploads().putPart(admission, id, number, in, expectedMd5);
        }
        Responses.json(ctx, 200, PartView.from(part));
    }

    /** {@code POST .../private_files/{id}/complete/}: joins the listed parts, or every received part. */
    void complete(Context ctx) {
        OrgId org = PathIds.org(ctx);
        FileId id = PathIds.file(ctx);
        Admission admission = gate.admit(ctx, org, ThrottleScope.WRITE);
        RequestBody.kind(ctx, EnumSet.of(RequestBody.Kind.JSON, RequestBody.Kind.NONE));
        Optional<List<PartReference>> parts = parts(RequestBody.json(ctx));
        PrivateFile completed = core.chunkedUploads().complete(admission, id, parts);
        FileEntityTags.tag(ctx, completed);
        Responses.json(ctx, 200, views.file(completed));
    }

    private static int partNumber(String text) {
        long n = PathIds.positive(text);
        return n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
    }

    /** Content-MD5 as RFC 1864 has it (base64 of the 16 digest bytes), or as 32 hex digits; returned as lowercase hex. */
    static String expectedMd5(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.length() == 32 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return value.toLowerCase(Locale.ROOT);
        }
        try {
            byte[] digest = Base64.getDecoder().decode(value);
            if (digest.length == 16) {
                return HexFormat.of().formatHex(digest);
            }
        } catch (IllegalArgumentException e) {
            // not base64 either
        }
        throw InvalidException.of(Fields.PART_MD5, new Problem.WrongType(Expected.MD5));
    }

    private static Optional<List<PartReference>> parts(JsonNode body) {
        JsonNode parts = Json.requireObject(body).get("parts");
        if (parts == null || parts.isNull()) {
            return Optional.empty();
        }
        if (!parts.isArray()) {
            throw InvalidException.of(Fields.PARTS, new Problem.WrongType(Expected.LIST, Json.pythonType(parts)));
        }
        List<PartReference> refs = new ArrayList<>();
        for (JsonNode part : parts) {
            JsonNode number = part.get("part_number");
            JsonNode etag = part.get("etag");
            Integer n = null;
            if (number != null && number.isIntegralNumber() && number.canConvertToInt()) {
                n = number.intValue();
            } else if (number != null && number.isTextual() && number.textValue().strip().matches("[0-9]{1,9}")) {
                n = Integer.parseInt(number.textValue().strip());
            }
            if (n == null || etag == null || !etag.isTextual()) {
                throw InvalidException.of(Fields.PARTS, new Problem.WrongType(Expected.PART_REFERENCE));
            }
            refs.add(new PartReference(n, etag.textValue()));
        }
        return Optional.of(refs);
    }
}
