package org.privatefiles.application.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow salted password hashes: PBKDF2-HMAC-SHA256 from the JDK, in Django's format
 * {@code pbkdf2_sha256$iterations$salt$hash}, so hashes move between the two unchanged.
 */
public final class PasswordHashing {
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String ALGORITHM = "pbkdf2_sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SALT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final int iterations;

    public PasswordHashing(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    public String hash(String password) {
        var salt = new StringBuilder();
        for (int i = 0; i < 22; i++) {
            salt.append(SALT_CHARS.charAt(RANDOM.nextInt(SALT_CHARS.length())));
        }
        return format(password, salt.toString(), iterations);
    }

    /** Whether the password matches the hash; false for a hash of another format. */
    public boolean verify(String password, String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$", -1);
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        int rounds;
        try {
            rounds = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        String expected = format(password, parts[2], rounds);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), encoded.getBytes(StandardCharsets.UTF_8));
    }

    private static String format(String password, String salt, int rounds) {
        try {
            var spec = new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), rounds, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return ALGORITHM + "$" + rounds + "$" + salt + "$" + Base64.getEncoder().encodeToString(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has PBKDF2WithHmacSHA256", e);
        }
    }
}
