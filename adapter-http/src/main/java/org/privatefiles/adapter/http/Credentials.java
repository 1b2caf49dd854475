package org.privatefiles.adapter.http;

import java.util.Locale;
import java.util.Optional;
import org.privatefiles.domain.failure.UnauthenticatedException;

/** Reads the API token from an {@code Authorization: Bearer|Token <token>} header, with DRF's TokenAuthentication messages. */
final class Credentials {
    static final String NOT_PROVIDED = "Authentication credentials were not provided.";

    private Credentials() {
    }

    /** The token; empty when no token scheme is used; 401 when the header is malformed. */
    static Optional<String> token(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String[] words = authorization.strip().split("[ \\t]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        String scheme = words[0].toLowerCase(Locale.ROOT);
        if (!scheme.equals("bearer") && !scheme.equals("token")) {
            return Optional.empty();
        }
        if (words.length == 1) {
            throw new UnauthenticatedException("Invalid token header. No credentials provided.");
        }
        if (words.length > 2) {
            throw new UnauthenticatedException("Invalid token header. Token string should not contain spaces.");
        }
        String token = words[1];
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new UnauthenticatedException("Invalid token header. Token string should not contain invalid characters.");
            }
        }
        return Optional.of(token);
    }
}
