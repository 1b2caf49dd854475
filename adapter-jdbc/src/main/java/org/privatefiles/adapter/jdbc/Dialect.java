package org.privatefiles.adapter.jdbc;

import java.util.Locale;

/** The few SQL fragments that differ between H2 and PostgreSQL; everything else is shared SQL. */
enum Dialect {
    H2("h2") {
        @Override
        String nextFileIdSql() {
            return "SELECT NEXT VALUE FOR private_file_ids";
        }

        @Override
        String codePointOrder(String column) {
            // H2 compares strings by UTF-16 unit; their UTF-8 bytes (compared unsigned) follow code points
            return "STRINGTOUTF8(" + column + ")";
        }

        @Override
        String orderByOrgFirst(boolean descending) {
            // H2 reads an (org_id, x, ...) index in order only when the ORDER BY names org_id too
            return "f.org_id" + (descending ? " DESC, " : " ASC, ");
        }

        @Override
        String insertThrottleKeySql() {
            return "MERGE INTO throttle_keys t USING (VALUES (CAST(:key AS VARCHAR(255)))) s(k) ON t.window_key = s.k"
                    + " WHEN NOT MATCHED THEN INSERT (window_key) VALUES (s.k)";
        }

        @Override
        String upsertMembershipSql() {
            return "MERGE INTO memberships (org_id, user_id, member_role, files_org_wide, projects_export, project_scope, access_level)"
                    + " KEY (org_id, user_id)"
                    + " VALUES (:org, :user, :role, :filesOrgWide, :projectsExport, :projectScope, :level)";
        }

        @Override
        String upsertAssignmentSql() {
            return "MERGE INTO project_assignments (project_id, user_id, access_level) KEY (project_id, user_id)"
                    + " VALUES (:project, :user, :level)";
        }
    },
    POSTGRES("postgresql") {
        @Override
        String nextFileIdSql() {
            return "SELECT nextval('private_file_ids')";
        }

        @Override
        String codePointOrder(String column) {
            return column + " COLLATE \"C\"";
        }

        @Override
        String orderByOrgFirst(boolean descending) {
            return "";
        }

        @Override
        String insertThrottleKeySql() {
            return "INSERT INTO throttle_keys (window_key) VALUES (:key) ON CONFLICT (window_key) DO NOTHING";
        }

        @Override
        String upsertMembershipSql() {
            return "INSERT INTO memberships (org_id, user_id, member_role, files_org_wide, projects_export, project_scope, access_level)"
                    + " VALUES (:org, :user, :role, :filesOrgWide, :projectsExport, :projectScope, :level)"
                    + " ON CONFLICT (org_id, user_id) DO UPDATE SET member_role = EXCLUDED.member_role,"
                    + " files_org_wide = EXCLUDED.files_org_wide, projects_export = EXCLUDED.projects_export,"
                    + " project_scope = EXCLUDED.project_scope, access_level = EXCLUDED.access_level";
        }

        @Override
        String upsertAssignmentSql() {
            return "INSERT INTO project_assignments (project_id, user_id, access_level) VALUES (:project, :user, :level)"
                    + " ON CONFLICT (project_id, user_id) DO UPDATE SET access_level = EXCLUDED.access_level";
        }
    };

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    static Dialect ofUrl(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        throw new IllegalArgumentException("unsupported database URL (H2 or PostgreSQL only): " + jdbcUrl);
    }

    /** The Flyway location of this database's own migrations, next to the shared ones. */
    String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    abstract String nextFileIdSql();

    /** An expression that orders a text column by code point (API order for title and status). */
    abstract String codePointOrder(String column);

    /**
     * What an ORDER BY of one org's files starts with, so the database can read an index on
     * (org_id, first key, ...) in order; the org is fixed by the WHERE clause, so it changes nothing.
     */
    abstract String orderByOrgFirst(boolean descending);

    /** Inserts the row of a throttle key unless it exists, tolerating a concurrent insert of it. */
    abstract String insertThrottleKeySql();

    abstract String upsertMembershipSql();

    abstract String upsertAssignmentSql();
}
