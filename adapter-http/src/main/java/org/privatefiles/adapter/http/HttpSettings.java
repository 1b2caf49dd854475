package org.privatefiles.adapter.http;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Settings of the HTTP adapter: public base URL, download-link signing keys (current and older), link lifetime, clock. */
public record HttpSettings(String baseUrl, String keyId, byte[] secret, Map<String, byte[]> previousKeys,
                           Duration linkTtl, Clock clock) {
    public static final Duration DEFAULT_LINK_TTL = Duration.ofHours(1);
    public static final int MIN_SECRET_BYTES = 16;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._~-]{1,64}");

    public HttpSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL: " + baseUrl);
        }
        requireKey(keyId, secret);
        Objects.requireNonNull(previousKeys, "previousKeys");
        var copy = new LinkedHashMap<String, byte[]>();
        previousKeys.forEach((id, key) -> {
            requireKey(id, key);
            copy.put(id, key.clone());
        });
        copy.remove(keyId);
        previousKeys = Map.copyOf(copy);
        secret = secret.clone();
        Objects.requireNonNull(linkTtl, "linkTtl");
        if (linkTtl.isNegative() || linkTtl.isZero()) {
            throw new IllegalArgumentException("linkTtl must be positive: " + linkTtl);
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** Links signed with this key, valid one hour, timed by the UTC system clock. */
    public static HttpSettings of(String baseUrl, String keyId, byte[] secret) {
        return new HttpSettings(baseUrl, keyId, secret, Map.of(), DEFAULT_LINK_TTL, Clock.systemUTC());
    }

    /** Also accept links signed with an older key. */
    public HttpSettings withPreviousKey(String id, byte[] key) {
        var keys = new LinkedHashMap<>(previousKeys);
        keys.put(id, key);
        return new HttpSettings(baseUrl, keyId, secret, keys, linkTtl, clock);
    }

    public HttpSettings withClock(Clock newClock) {
        return new HttpSettings(baseUrl, keyId, secret, previousKeys, linkTtl, newClock);
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public String toString() {
        return "HttpSettings[baseUrl=" + baseUrl + ", keyId=" + keyId + ", previousKeys=" + previousKeys.keySet()
                + ", linkTtl=" + linkTtl + ", clock=" + clock + "]";
    }

    private static void requireKey(String id, byte[] key) {
        Objects.requireNonNull(id, "key id");
        Objects.requireNonNull(key, "secret");
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a key id is 1..64 characters of A-Z a-z 0-9 . _ ~ -: " + id);
        }
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("a signing secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
    }
}
