package org.privatefiles.domain.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of a listing, parsed like DRF's OrderingFilter: comma-separated fields, {@code -} for
 * descending, unknown fields ignored, {@code -modified_date} when none is valid. Ties are always
 * broken by descending id, which adapters append after {@link #keys()}.
 */
public record Ordering(List<SortKey> keys) {
    public static final Ordering DEFAULT = new Ordering(List.of(new SortKey(OrderField.MODIFIED_DATE, true)));

    public Ordering {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an ordering needs at least one key; use DEFAULT");
        }
    }

    public static Ordering parse(String value) {
        if (value == null) {
            return DEFAULT;
        }
        List<SortKey> keys = new ArrayList<>();
        Set<OrderField> seen = new LinkedHashSet<>();
        for (String raw : value.split(",", -1)) {
            String term = raw.strip();
            boolean descending = term.startsWith("-");
            String name = descending ? term.substring(1) : term;
            OrderField.fromApiName(name).ifPresent(field -> {
                if (seen.add(field)) {
                    keys.add(new SortKey(field, descending));
                }
            });
        }
        return keys.isEmpty() ? DEFAULT : new Ordering(keys);
    }
}
