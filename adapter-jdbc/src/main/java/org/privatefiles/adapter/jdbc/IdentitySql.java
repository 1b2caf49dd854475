package org.privatefiles.adapter.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.privatefiles.application.port.out.TokenIdentity;
import org.privatefiles.application.port.out.TokenRecord;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;

/**
 * A token with its user's membership of one org and assignments there, in one statement: the
 * membership joined in, the assignments aggregated as {@code "projectId:LEVEL"} texts.
 */
final class IdentitySql implements RowMapper<TokenIdentity> {
    static final String SELECT = "SELECT t.sha256, t.user_id, t.created_at, t.expires_at, t.revoked_at,"
            + " m.member_role, m.files_org_wide, m.projects_export, m.project_scope, m.access_level,"
            + " (SELECT ARRAY_AGG(CAST(a.project_id AS VARCHAR(20)) || ':' || a.access_level ORDER BY a.project_id)"
            + "    FROM project_assignments a JOIN projects p ON p.id = a.project_id"
            + "   WHERE p.org_id = :org AND a.user_id = t.user_id) AS assigned"
            + " FROM api_tokens t LEFT JOIN memberships m ON m.org_id = :org AND m.user_id = t.user_id"
            + " WHERE t.sha256 = :sha256";

    private final OrgId org;

    IdentitySql(OrgId org) {
        this.org = org;
    }

    @Override
    public TokenIdentity map(ResultSet rs, StatementContext ctx) throws SQLException {
        UserId user = UserId.of(rs.getLong("user_id"));
        var token = new TokenRecord(rs.getString("sha256"), user, instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "revoked_at"));
        String role = rs.getString("member_role");
        Optional<Membership> membership = role == null ? Optional.empty() : Optional.of(new Membership(org, user,
                Role.valueOf(role), rs.getBoolean("files_org_wide"), rs.getBoolean("projects_export"),
                ProjectScope.valueOf(rs.getString("project_scope")), AccessLevel.valueOf(rs.getString("access_level"))));
        return new TokenIdentity(token, membership, assignments(rs.getArray("assigned")));
    }

    private static Map<ProjectId, AccessLevel> assignments(Array array) throws SQLException {
        Map<ProjectId, AccessLevel> assignments = new LinkedHashMap<>();
        if (array == null) {
            return assignments;
        }
        try {
            for (Object value : (Object[]) array.getArray()) {
                String text = value.toString();
                int colon = text.indexOf(':');
                assignments.put(ProjectId.of(Long.parseLong(text.substring(0, colon))),
                        AccessLevel.valueOf(text.substring(colon + 1)));
            }
            return assignments;
        } finally {
            array.free();
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
