package org.privatefiles.adapter.jdbc;

/** A row of {@code project_assignments} as read for one user: the project and the level. */
record AssignmentRow(long projectId, String accessLevel) {
}
