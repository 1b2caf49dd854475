package org.privatefiles.domain.access;

/** What an action needs of a file: to read it, or to change or delete it. */
public enum AccessNeed {
    READ, WRITE
}
