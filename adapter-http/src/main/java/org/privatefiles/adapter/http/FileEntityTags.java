package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privatefiles.application.port.in.ExpectedVersion;
import org.privatefiles.domain.file.PrivateFile;

/**
 * The {@code ETag} of a file resource (its version, as a strong entity tag) and the
 * {@code If-Match} of a write (RFC 9110 §13.1.1: {@code *}, or strong tags compared strongly).
 */
final class FileEntityTags {
    static final String IF_MATCH = "If-Match";
    /** One entity tag of a list: optional weak prefix, then the quoted opaque part. */
    private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,17}");

    private FileEntityTags() {
    }

    static String of(PrivateFile file) {
        return "\"" + file.version() + "\"";
    }

    /** Sets the file's ETag on the response. */
    static void tag(Context ctx, PrivateFile file) {
        ctx.header("ETag", of(file));
    }

    /** The versions a write may apply to: any without {@code If-Match}; those its strong tags name otherwise (a weak or foreign tag names none). */
    static ExpectedVersion expected(Context ctx) {
        var headers = Collections.list(ctx.req().getHeaders(IF_MATCH));
        if (headers.isEmpty()) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String header : headers) {
            if (header.strip().equals("*")) {
                return ExpectedVersion.ANY;
            }
            Matcher tag = ENTITY_TAG.matcher(header);
            while (tag.lookingAt()) {
                if (tag.group(1) == null && VERSION.matcher(tag.group(2)).matches()) {
                    versions.add(Long.parseLong(tag.group(2)));
                }
                if (tag.end() == header.length()) {
                    break;
                }
                tag.region(tag.end(), header.length());
            }
        }
        return ExpectedVersion.oneOf(versions);
    }
}
