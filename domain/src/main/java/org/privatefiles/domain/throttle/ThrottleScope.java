package org.privatefiles.domain.throttle;

/** Which budget a request spends: reads (list, retrieve) or writes (create, update, delete, upload calls). */
public enum ThrottleScope {
    READ, WRITE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
