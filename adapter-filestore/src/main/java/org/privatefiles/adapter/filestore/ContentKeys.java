package org.privatefiles.adapter.filestore;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Makes the store's random keys (32 lowercase hex characters) and recognises them. */
final class ContentKeys {
    static final int KEY_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private ContentKeys() {
    }

    static String newKey() {
        return randomHex(KEY_LENGTH / 2);
    }

    /** Lowercase hex of {@code bytes} random bytes. */
    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HEX.formatHex(random);
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
