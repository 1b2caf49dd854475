package org.privatefiles.adapter.jdbc;

import org.jdbi.v3.core.Handle;

/**
 * The per-org generation of {@code org_file_generations} (V9): raised in the transaction of every
 * write of a file's row, read as the sum of the org's slots.
 */
final class OrgFileGenerations {
    static final int SLOTS = 16;
    /** The org's generation, of the org bound as {@code :generationOrg}. */
    static final String SELECT = "SELECT COALESCE(SUM(generation), 0) FROM org_file_generations WHERE org_id = :generationOrg";
    /** {@link #SELECT} as a scalar subquery. */
    static final String SUBQUERY = "(" + SELECT + ")";

    private OrgFileGenerations() {
    }

    /** Raises the generation of the org of a file that is being written. */
    static void raise(Handle h, Dialect dialect, long org, long fileId) {
        int slot = (int) Math.floorMod(fileId, SLOTS);
        if (dialect == Dialect.POSTGRES) {
            h.createUpdate("INSERT INTO org_file_generations (org_id, slot, generation) VALUES (:org, :slot, 1)"
                            + " ON CONFLICT (org_id, slot) DO UPDATE SET generation = org_file_generations.generation + 1")
                    .bind("org", org).bind("slot", slot).execute();
            return;
        }
        if (increment(h, org, slot) == 0) {
            try {
                h.createUpdate("INSERT INTO org_file_generations (org_id, slot, generation) VALUES (:org, :slot, 1)")
                        .bind("org", org).bind("slot", slot).execute();
            } catch (RuntimeException e) {
                if (!SqlFailures.isUniqueViolation(e)) {
                    throw e;
                }
                increment(h, org, slot); // a concurrent first write of the slot made the row meanwhile
            }
        }
    }

    static long of(Handle h, long org) {
        return h.createQuery(SELECT).bind("generationOrg", org).mapTo(Long.class).one();
    }

    private static int increment(Handle h, long org, int slot) {
        return h.createUpdate("UPDATE org_file_generations SET generation = generation + 1 WHERE org_id = :org AND slot = :slot")
                .bind("org", org).bind("slot", slot).execute();
    }
}
