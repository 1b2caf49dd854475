package org.privatefiles.application.port.in;

/**
 * Use case: one maintenance pass: expire temporary files and abandoned chunked uploads, remove
 * content no file uses (older than a grace period), leftovers of unfinished writes, and old
 * throttle entries.
 */
public interface MaintenanceUseCase {
    SweepReport sweep();
}
