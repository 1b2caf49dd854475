package org.privatefiles.domain.actor;

/** A member's role in an org; only pros may use the private-files API. */
public enum Role {
    PRO, CUSTOMER
}
