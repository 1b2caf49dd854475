package org.privatefiles.adapter.http;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id: the one a proxy set in {@code X-Request-Id} when it is a plain token, else a new random UUID. */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@+=-]{1,128}");

    private RequestIds() {
    }

    static String choose(String fromProxy) {
        if (fromProxy != null && ACCEPTED.matcher(fromProxy).matches()) {
            return fromProxy;
        }
        return UUID.randomUUID().toString();
    }
}
