package org.privatefiles.application.port.out;

import java.time.Instant;

/** A key present in the content store and when its content was last written. */
public record StoredKey(String key, Instant lastModified) {
}
