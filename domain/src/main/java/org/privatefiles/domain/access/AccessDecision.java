package org.privatefiles.domain.access;

import java.util.Objects;

/** The outcome of the access policy: allowed, or refused with a reason; both name the rule that decided. */
public sealed interface AccessDecision {
    String rule();

    boolean allowed();

    /** Access granted by the named rule. */
    record Allowed(String rule) implements AccessDecision {
        @Override
        public boolean allowed() {
            return true;
        }
    }

    /** Access refused by the named rule, with a reason a person can read. */
    record Refused(String rule, String reason) implements AccessDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean allowed() {
            return false;
        }
    }

    static AccessDecision allow(String rule) {
        return new Allowed(rule);
    }

    static AccessDecision refuse(String rule, String reason) {
        return new Refused(rule, reason);
    }
}
