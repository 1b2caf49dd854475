package org.privatefiles.adapter.s3;

import java.util.Optional;
import org.privatefiles.application.port.out.ContentKeys;

/** The object keys that the store's keys ({@link ContentKeys}) live at under the prefix. */
final class ObjectKeys {
    private final String prefix;

    ObjectKeys(String prefix) {
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }

    /** The object key of a store key; empty for anything that is not a key of this store's shape. */
    Optional<String> objectKeyOf(String key) {
        return ContentKeys.isKey(key) ? Optional.of(prefix + key) : Optional.empty();
    }

    /** The store key an object key found under the prefix stands for; empty for any other object. */
    Optional<String> keyOf(String objectKey) {
        if (!objectKey.startsWith(prefix)) {
            return Optional.empty();
        }
        String key = objectKey.substring(prefix.length());
        return ContentKeys.isKey(key) ? Optional.of(key) : Optional.empty();
    }
}
