package org.privatefiles.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Iterator;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.in.FileListing;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.query.Paging;
import org.privatefiles.domain.throttle.ThrottleScope;

/** {@code GET .../private_files/}: the readable files written one by one as a JSON array while the repository streams them. */
final class ListFilesHandler implements Handler {
    private final PrivateFilesCore core;
    private final RequestGate gate;
    private final ListQueryParser parser;
    private final Views views;

    ListFilesHandler(PrivateFilesCore core, RequestGate gate, ListQueryParser parser, Views views) {
        this.core = core;
        this.gate = gate;
        this.parser = parser;
        this.views = views;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        OrgId org = PathIds.org(ctx);
        Admission admission = gate.admit(ctx, org, ThrottleScope.READ);
        var query = parser.parse(ctx.queryParamMap(), org);
        try (FileListing listing = core.listFiles().list(admission, query)) {
            if (listing.paging().isPresent() && listing.total().isPresent()) {
                pagingHeaders(ctx, listing.paging().get(), listing.total().getAsLong());
            }
            ctx.status(200);
            Responses.jsonContentType(ctx);
            // Not closed on failure: a broken listing must not end as a well-formed array.
            JsonGenerator out = Json.MAPPER.getFactory().createGenerator(ctx.res().getOutputStream())
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            out.writeStartArray();
            for (Iterator<PrivateFile> files = listing.files().iterator(); files.hasNext(); ) {
                Json.MAPPER.writeValue(out, views.file(files.next()));
            }
            out.writeEndArray();
            out.close();
        }
    }

    private static void pagingHeaders(Context ctx, Paging paging, long total) {
        long first = paging.offset();
        long shown = Math.max(0, Math.min(paging.count(), total - first));
        ctx.header("X-Total-Count", Long.toString(total));
        ctx.header("Content-Range", shown == 0
                ? "private_files */" + total
                : "private_files " + first + "-" + (first + shown - 1) + "/" + total);
    }
}
