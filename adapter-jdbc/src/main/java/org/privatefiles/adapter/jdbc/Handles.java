package org.privatefiles.adapter.jdbc;

import org.jdbi.v3.core.Handle;

/** Releases a handle opened for a read that outlived a callback (a streamed listing). */
final class Handles {
    private Handles() {
    }

    /** Ends the handle's read transaction, if any, and returns its connection to the pool. */
    static void release(Handle handle) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } finally {
            handle.close();
        }
    }
}
