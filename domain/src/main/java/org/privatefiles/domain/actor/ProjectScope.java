package org.privatefiles.domain.actor;

/** Which projects of the org a member can reach: all of them, or only those assigned to the member. */
public enum ProjectScope {
    ALL, ASSIGNED
}
