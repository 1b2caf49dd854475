package org.privatefiles.adapter.http;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The part of the content a {@code Range} header asks for: one byte range, the whole (no or ignored header), or unsatisfiable. */
record ByteRange(long first, long last, boolean partial, boolean satisfiable) {
    private static final Pattern SINGLE = Pattern.compile("bytes=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

    static ByteRange whole(long size) {
        return new ByteRange(0, size - 1, false, true);
    }

    static ByteRange parse(String header, long size) {
        if (header == null) {
            return whole(size);
        }
        Matcher m = SINGLE.matcher(header.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())
                || m.group(1).length() > 18 || m.group(2).length() > 18) {
            return whole(size);
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0 || size == 0) {
                return unsatisfiable(size);
            }
            return new ByteRange(Math.max(0, size - suffix), size - 1, true, true);
        }
        long first = Long.parseLong(m.group(1));
        if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
            return whole(size); // syntactically invalid: ignored
        }
        if (first >= size) {
            return unsatisfiable(size);
        }
        long last = m.group(2).isEmpty() ? size - 1 : Long.parseLong(m.group(2));
        return new ByteRange(first, Math.min(last, size - 1), true, true);
    }

    private static ByteRange unsatisfiable(long size) {
        return new ByteRange(0, size - 1, true, false);
    }

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return satisfiable ? "bytes " + first + "-" + last + "/" + size : "bytes */" + size;
    }
}
