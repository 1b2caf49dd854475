package org.privatefiles.application.port.out;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The keys a {@link ContentStore} hands out: 32 lowercase hex characters from a secure random
 * source. Every store makes them with {@link #newKey} and refuses any text that {@link #isKey} rejects.
 */
public final class ContentKeys {
    public static final int KEY_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ContentKeys() {
    }

    public static String newKey() {
        byte[] random = new byte[KEY_LENGTH / 2];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Whether the text has the exact shape of a key; anything else is refused. */
    public static boolean isKey(String candidate) {
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
