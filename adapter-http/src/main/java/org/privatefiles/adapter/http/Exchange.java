package org.privatefiles.adapter.http;

import io.javalin.http.Context;

/**
 * What is known about one request and its response when it completes: request id, method, route
 * template, status, duration, bytes, and the org, user and throttle decision the handlers found.
 * Never the token, a password or a link's signature.
 */
public final class Exchange {
    static final String ATTRIBUTE = Exchange.class.getName();
    /** The route of a request that no route matched: raw paths are never reported. */
    public static final String UNMATCHED = "unmatched";

    private final String requestId;
    private final String method;
    private volatile String route = UNMATCHED;
    private volatile Long orgId;
    private volatile Long userId;
    private volatile String throttleScope;
    private volatile boolean throttleRefused;
    private int status;
    private long durationNanos;
    private long bytesIn;
    private long bytesOut;

    Exchange(String requestId, String method) {
        this.requestId = requestId;
        this.method = method;
    }

    /** The exchange of the request a handler is serving (one is always there while {@link ExchangeObserver} is installed). */
    static Exchange of(Context ctx) {
        Object exchange = ctx.attribute(ATTRIBUTE);
        return exchange instanceof Exchange e ? e : new Exchange("none", ctx.method().name());
    }

    void route(String template) {
        this.route = template;
    }

    void org(long id) {
        this.orgId = id;
    }

    void user(long id) {
        this.userId = id;
    }

    void throttle(String scope, boolean refused) {
        this.throttleScope = scope;
        this.throttleRefused = refused;
    }

    void completed(int status, long durationNanos, long bytesIn, long bytesOut) {
        this.status = status;
        this.durationNanos = durationNanos;
        this.bytesIn = bytesIn;
        this.bytesOut = bytesOut;
    }

    public String requestId() {
        return requestId;
    }

    public String method() {
        return method;
    }

    /** The route template ({@code /api/orgs/{org}/private_files/{id}/}), or {@value #UNMATCHED}. */
    public String route() {
        return route;
    }

    /** The org of the request, or null when it names none or was refused before. */
    public Long orgId() {
        return orgId;
    }

    /** The authenticated user, or null. */
    public Long userId() {
        return userId;
    }

    /** The throttle scope the request was counted in ({@code read}, {@code write}, {@code login}), or null. */
    public String throttleScope() {
        return throttleScope;
    }

    public boolean throttleRefused() {
        return throttleRefused;
    }

    public int status() {
        return status;
    }

    public long durationNanos() {
        return durationNanos;
    }

    /** Request body bytes read. */
    public long bytesIn() {
        return bytesIn;
    }

    /** Response body bytes written. */
    public long bytesOut() {
        return bytesOut;
    }
}
