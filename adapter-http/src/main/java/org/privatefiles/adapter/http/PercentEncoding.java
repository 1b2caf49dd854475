package org.privatefiles.adapter.http;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of text as UTF-8: ASCII letters, digits and the given marks stay, every other byte becomes {@code %XX}. */
final class PercentEncoding {
    /** RFC 3986's unreserved marks: what a path segment keeps. */
    static final String UNRESERVED = "-._~";
    /** RFC 5987's attr-char marks: what an extended header parameter keeps. */
    static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private PercentEncoding() {
    }

    static String encode(String text, String keptMarks) {
        var out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || keptMarks.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
