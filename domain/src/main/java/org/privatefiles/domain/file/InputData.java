package org.privatefiles.domain.file;

import java.util.Objects;

/**
 * Input data as submitted: the JSON text as given, and its canonical text (keys sorted, no
 * insignificant whitespace) from which the default input-data hash is computed.
 */
public record InputData(String json, String canonicalJson) {
    public InputData {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(canonicalJson, "canonicalJson");
    }

    /** MD5 hex of the canonical JSON text. */
    public String hash() {
        return Md5.hexOf(canonicalJson);
    }
}
