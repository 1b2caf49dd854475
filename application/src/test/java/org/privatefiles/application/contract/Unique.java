package org.privatefiles.application.contract;

import java.util.UUID;

/** Test support: names and keys no other test or run uses, so contracts can share a store. */
public final class Unique {
    private Unique() {
    }

    /** 16 random lowercase hex characters. */
    public static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** {@code prefix-<suffix>}. */
    public static String name(String prefix) {
        return prefix + "-" + suffix();
    }
}
