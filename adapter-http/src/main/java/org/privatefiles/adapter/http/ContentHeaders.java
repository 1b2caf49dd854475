package org.privatefiles.adapter.http;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.MimeTypes;

/** The headers that describe a download: Content-Type from the title's extension, and an attachment Content-Disposition. */
final class ContentHeaders {
    static final String OCTET_STREAM = "application/octet-stream";

    private ContentHeaders() {
    }

    static String contentType(String title) {
        String type = MimeTypes.DEFAULTS.getMimeByExtension(title.strip());
        return type == null ? OCTET_STREAM : type;
    }

    /** {@code attachment; filename="<ascii>"; filename*=UTF-8''<RFC 5987>}. */
    static String attachment(String title) {
        return "attachment; filename=\"" + asciiName(title) + "\"; filename*=UTF-8''" + rfc5987(title);
    }

    private static String asciiName(String title) {
        var out = new StringBuilder(title.length());
        title.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    private static String rfc5987(String title) {
        var out = new StringBuilder();
        for (byte b : title.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
