package org.privatefiles.adapter.jdbc;

import org.jdbi.v3.core.Handle;

/**
 * The per-org file count of {@code org_file_counts} (V5), changed in the transaction of every
 * insert and delete of a file, so that an unfiltered org-wide count is one primary-key read.
 */
final class OrgFileCounts {
    private OrgFileCounts() {
    }

    static void added(Handle h, Dialect dialect, long org) {
        if (dialect == Dialect.POSTGRES) {
            h.createUpdate("INSERT INTO org_file_counts (org_id, files) VALUES (:org, 1)"
                    + " ON CONFLICT (org_id) DO UPDATE SET files = org_file_counts.files + 1").bind("org", org).execute();
            return;
        }
        if (change(h, org, 1) == 0) {
            try {
                h.createUpdate("INSERT INTO org_file_counts (org_id, files) VALUES (:org, 1)").bind("org", org).execute();
            } catch (RuntimeException e) {
                if (!SqlFailures.isUniqueViolation(e)) {
                    throw e;
                }
                change(h, org, 1); // a concurrent first file of the org made the row meanwhile
            }
        }
    }

    static void removed(Handle h, long org) {
        change(h, org, -1);
    }

    /** The org's file count; 0 for an org that never had a file. */
    static long of(Handle h, long org) {
        return h.createQuery("SELECT files FROM org_file_counts WHERE org_id = :org").bind("org", org)
                .mapTo(Long.class).findOne().orElse(0L);
    }

    private static int change(Handle h, long org, int delta) {
        return h.createUpdate("UPDATE org_file_counts SET files = files + :delta WHERE org_id = :org")
                .bind("delta", delta).bind("org", org).execute();
    }
}
