package org.privatefiles.bootstrap;

import java.util.List;
import java.util.Objects;

/** The link-signing keys in use: the current one signs; it and the older ones verify (key rotation). */
record SigningKeyRing(SigningKey current, List<SigningKey> older) {
    SigningKeyRing {
        Objects.requireNonNull(current, "current");
        older = List.copyOf(older);
    }

    /** Reads {@code --signing-key}: one secret, or several separated by commas, the first signing (at least 16 characters each). */
    static SigningKeyRing fromSetting(String setting) {
        List<SigningKey> keys = java.util.Arrays.stream(setting.split(",", -1))
                .map(String::strip)
                .map(secret -> {
                    if (secret.length() < 16) {
                        throw new UsageException("--signing-key: each secret needs at least 16 characters");
                    }
                    return SigningKey.ofText(secret);
                })
                .toList();
        return new SigningKeyRing(keys.get(0), keys.subList(1, keys.size()));
    }
}
