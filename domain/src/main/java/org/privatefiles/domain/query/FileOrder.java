package org.privatefiles.domain.query;

import java.util.Comparator;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.PrivateFile;

/**
 * The order an {@link Ordering} puts files in, as adapters must reproduce it: nulls sort after
 * every value (before them when descending, as in PostgreSQL), titles and statuses compare by
 * code point, and ties are broken by descending id.
 */
public final class FileOrder {
    private FileOrder() {
    }

    public static Comparator<PrivateFile> comparator(Ordering ordering) {
        Comparator<PrivateFile> result = null;
        for (SortKey key : ordering.keys()) {
            Comparator<PrivateFile> next = forKey(key);
            result = result == null ? next : result.thenComparing(next);
        }
        Comparator<PrivateFile> byIdDescending = Comparator.comparingLong((PrivateFile f) -> f.id().value()).reversed();
        return result == null ? byIdDescending : result.thenComparing(byIdDescending);
    }

    private static Comparator<PrivateFile> forKey(SortKey key) {
        Comparator<PrivateFile> ascending = switch (key.field()) {
            case CREATED_DATE -> Comparator.comparing(PrivateFile::createdDate);
            case MODIFIED_DATE -> Comparator.comparing(PrivateFile::modifiedDate);
            case TITLE -> Comparator.comparing(f -> f.title().value(), FileOrder::compareCodePoints);
            case STATUS -> Comparator.comparing(PrivateFile::status, Comparator.nullsLast(FileOrder::compareCodePoints));
            case FILESIZE -> Comparator.comparing((PrivateFile f) -> f.contentFacts().map(ContentFacts::size).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()));
        };
        return key.descending() ? ascending.reversed() : ascending;
    }

    static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
