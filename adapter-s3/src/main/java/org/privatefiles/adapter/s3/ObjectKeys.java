package org.privatefiles.adapter.s3;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/** The store's random keys (32 lowercase hex characters) and the object keys they live at under the prefix. */
final class ObjectKeys {
    static final int KEY_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String prefix;

    ObjectKeys(String prefix) {
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }

    static String newKey() {
        byte[] random = new byte[KEY_LENGTH / 2];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The object key of a store key; empty for anything that is not a key of this store's shape. */
    Optional<String> objectKeyOf(String key) {
        return isKey(key) ? Optional.of(prefix + key) : Optional.empty();
    }

    /** The store key an object key found under the prefix stands for; empty for any other object. */
    Optional<String> keyOf(String objectKey) {
        if (!objectKey.startsWith(prefix)) {
            return Optional.empty();
        }
        String key = objectKey.substring(prefix.length());
        return isKey(key) ? Optional.of(key) : Optional.empty();
    }

    /** Whether the text has the exact shape of a key this store makes; anything else is refused. */
    static boolean isKey(String candidate) {
        if (candidate == null || candidate.length() != KEY_LENGTH) {
            return false;
        }
        for (int i = 0; i < KEY_LENGTH; i++) {
            char c = candidate.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
