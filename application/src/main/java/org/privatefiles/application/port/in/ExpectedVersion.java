package org.privatefiles.application.port.in;

import java.util.Set;
import org.privatefiles.domain.failure.PreconditionFailedException;

/**
 * Value: the versions of a file a write may apply to (a client's {@code If-Match}); {@link #ANY}
 * when the client did not ask. A write whose file is at another version changes nothing.
 */
public record ExpectedVersion(Set<Long> versions, boolean any) {
    public static final ExpectedVersion ANY = new ExpectedVersion(Set.of(), true);

    public ExpectedVersion {
        versions = Set.copyOf(versions);
    }

    /** Only a file at one of these versions (none: no file at all) may be changed. */
    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(versions, false);
    }

    public boolean admits(long version) {
        return any || versions.contains(version);
    }

    /** {@link PreconditionFailedException} unless a file at this version may be changed. */
    public void require(long version) {
        if (!admits(version)) {
            throw new PreconditionFailedException("The file is at version " + version + ", not at the one expected.");
        }
    }
}
