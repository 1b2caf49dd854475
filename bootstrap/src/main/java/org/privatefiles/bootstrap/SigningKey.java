package org.privatefiles.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/** One link-signing secret with its key id; {@code retiredAt} is when it stopped signing (empty: never retired). */
record SigningKey(String id, byte[] secret, Optional<Instant> retiredAt) {
    static final int GENERATED_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    SigningKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(retiredAt, "retiredAt");
        secret = secret.clone();
        if (!id.matches("[A-Za-z0-9_-]{1,64}") || secret.length == 0) {
            throw new IllegalArgumentException("bad signing key " + id);
        }
    }

    /** A fresh random 32-byte secret, not retired. */
    static SigningKey generate() {
        byte[] secret = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(secret);
        return of(secret);
    }

    /** A key for this secret; its id is derived from the secret, so every instance sharing the secret agrees. */
    static SigningKey of(byte[] secret) {
        return new SigningKey(idOf(secret), secret, Optional.empty());
    }

    static SigningKey ofText(String secret) {
        return of(secret.getBytes(StandardCharsets.UTF_8));
    }

    SigningKey retired(Instant when) {
        return new SigningKey(id, secret, Optional.of(when));
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    private static String idOf(byte[] secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("private-files signing key id\n".getBytes(StandardCharsets.US_ASCII));
            return "k" + HexFormat.of().formatHex(Arrays.copyOf(sha.digest(secret), 5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningKey k && k.id.equals(id) && Arrays.equals(k.secret, secret) && k.retiredAt.equals(retiredAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SigningKey[" + id + "]";
    }
}
