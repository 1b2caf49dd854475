package org.privatefiles.domain.actor;

/** Level of access to a project: edit includes view. */
public enum AccessLevel {
    VIEW, EDIT;

    public boolean allowsWrite() {
        return this == EDIT;
    }
}
