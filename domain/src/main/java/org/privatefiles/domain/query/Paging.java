package org.privatefiles.domain.query;

import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.Problem.BadRange;
import org.privatefiles.domain.failure.Problem.RangeFault;

/** A window of a listing: skip {@code offset} rows, return at most {@code count}. */
public record Paging(long offset, int count) {
    public static final int MAX_LIMIT = 1000;

    public Paging {
        if (offset < 0 || count < 0) {
            throw new IllegalArgumentException("offset and count must not be negative");
        }
    }

    /** {@code limit} (1..1000) and {@code page} (1-based, default 1), as given in a query string. */
    public static Paging fromLimitAndPage(String limit, String page) {
        int size = parseInt("limit", limit);
        if (size < 1 || size > MAX_LIMIT) {
            throw InvalidException.of("limit", new Problem.OutOfRange(1, MAX_LIMIT));
        }
        long pageNumber = page == null || page.isBlank() ? 1 : parseLong("page", page);
        if (pageNumber < 1 || pageNumber - 1 > Long.MAX_VALUE / size) {
            throw InvalidException.of("page", new Problem.NoSuchPage());
        }
        return new Paging((pageNumber - 1) * size, size);
    }

    /** {@code range=[first,last]}, 0-based and inclusive. */
    public static Paging fromRange(String range) {
        String body = range.strip();
        if (!body.startsWith("[") || !body.endsWith("]")) {
            throw InvalidException.of("range", new BadRange(RangeFault.SYNTAX));
        }
        String[] bounds = body.substring(1, body.length() - 1).split(",", -1);
        if (bounds.length != 2) {
            throw InvalidException.of("range", new BadRange(RangeFault.SYNTAX));
        }
        long first = parseLong("range", bounds[0].strip());
        long last = parseLong("range", bounds[1].strip());
        if (first < 0 || last < first) {
            throw InvalidException.of("range", new BadRange(RangeFault.ORDER));
        }
        if (last - first >= Integer.MAX_VALUE) {
            throw InvalidException.of("range", new BadRange(RangeFault.SIZE));
        }
        return new Paging(first, (int) (last - first + 1));
    }

    private static int parseInt(String field, String value) {
        long parsed = parseLong(field, value);
        if (parsed > Integer.MAX_VALUE || parsed < Integer.MIN_VALUE) {
            throw InvalidException.of(field, new Problem.WrongType(Problem.Expected.INTEGER));
        }
        return (int) parsed;
    }

    private static long parseLong(String field, String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw InvalidException.of(field, new Problem.WrongType(Problem.Expected.INTEGER));
        }
    }
}
