package org.privatefiles.adapter.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.privatefiles.domain.access.ReadScope;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.query.FileCriteria;
import org.privatefiles.domain.query.OrderField;
import org.privatefiles.domain.query.Ordering;
import org.privatefiles.domain.query.SortKey;
import org.privatefiles.domain.tag.FileTagId;

/**
 * The SQL of a listing: the {@link ReadScope} and every filter of a {@link FileCriteria} as a
 * WHERE clause, the order of {@code FileOrder} (explicit null placement, code-point order for
 * text, ties by descending id) and the page as LIMIT/OFFSET. Never called for a scope that reads nothing.
 */
final class FileListSql {
    /** Fields whose (org_id, field, ...) index of V1 is built descending (created_date, modified_date). */
    private static final Set<OrderField> INDEXED_DESCENDING = Set.of(OrderField.CREATED_DATE, OrderField.MODIFIED_DATE);

    private final Dialect dialect;
    private final SearchSql search;

    FileListSql(Dialect dialect, SearchSql search) {
        this.dialect = dialect;
        this.search = search;
    }

    Query list(Handle handle, ReadScope scope, FileCriteria criteria) {
        return listing(scope, criteria).query(handle);
    }

    /** The SQL of a filtered count ({@code SELECT COUNT(*) ...}). */
    BoundSql count(ReadScope scope, FileCriteria criteria) {
        if (dialect == Dialect.POSTGRES && countsTagsOnly(scope, criteria)) {
            // V6's (org_id, tag_id, file_id) index alone answers; a file has each tag once
            String counted = criteria.anyTags().size() == 1 ? "COUNT(*)" : "COUNT(DISTINCT t.file_id)";
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("org", scope.org().value());
            Map<String, List<?>> lists = new LinkedHashMap<>();
            lists.put("anyTags", tagIds(criteria.anyTags()));
            return new BoundSql("SELECT " + counted + " FROM private_file_tags t"
                    + " WHERE t.org_id = :org AND t.tag_id IN (<anyTags>)", values, lists);
        }
        Where where = where(scope, criteria);
        return new BoundSql("SELECT COUNT(*) FROM private_files f" + where.sql, where.values, where.lists);
    }

    /** Whether a count is of every file of the org the scope may see (then {@code OrgFileCounts} holds it). */
    static boolean countsWholeOrg(ReadScope scope, FileCriteria criteria) {
        return scope.orgWide() && criteria.project().isEmpty() && criteria.user().isEmpty()
                && criteria.anyTags().isEmpty() && criteria.excludedTags().isEmpty() && criteria.search().terms().isEmpty();
    }

    /** Whether a count is of every file of the org having any of some tags, with no other filter. */
    private static boolean countsTagsOnly(ReadScope scope, FileCriteria criteria) {
        return scope.orgWide() && scope.exportTaggedVisible() && !criteria.anyTags().isEmpty()
                && criteria.project().isEmpty() && criteria.user().isEmpty() && criteria.excludedTags().isEmpty()
                && criteria.search().terms().isEmpty();
    }

    /** The org's export-tagged files (few; PostgreSQL keeps a partial index of them). */
    Query countExportTagged(Handle handle, OrgId org) {
        return handle.createQuery("SELECT COUNT(*) FROM private_files f WHERE f.org_id = :org AND f.export_tagged = TRUE")
                .bind("org", org.value());
    }

    /** The listing's SQL with its values, e.g. to EXPLAIN it. */
    BoundSql listing(ReadScope scope, FileCriteria criteria) {
        Where where = where(scope, criteria);
        StringBuilder sql = new StringBuilder(FileRow.SELECT).append(where.sql).append(orderBy(criteria.ordering()));
        criteria.paging().ifPresent(page -> {
            sql.append(" LIMIT :pageCount OFFSET :pageOffset");
            where.values.put("pageCount", page.count());
            where.values.put("pageOffset", page.offset());
        });
        return new BoundSql(sql.toString(), where.values, where.lists);
    }

    private Where where(ReadScope scope, FileCriteria criteria) {
        Where w = new Where();
        w.and("f.org_id = :org", "org", scope.org().value());
        if (!scope.exportTaggedVisible()) {
            w.and("f.export_tagged = FALSE");
        }
        if (!scope.orgWide()) {
            w.and(ownOrProjects(scope, w));
        }
        criteria.project().ifPresent(p -> w.and("f.project_id = :project", "project", p.value()));
        criteria.user().ifPresent(u -> w.and("f.user_id = :user", "user", u.value()));
        if (!criteria.anyTags().isEmpty()) {
            w.lists.put("anyTags", tagIds(criteria.anyTags()));
            w.and("EXISTS (SELECT 1 FROM private_file_tags t WHERE t.file_id = f.id AND t.tag_id IN (<anyTags>))");
        }
        if (!criteria.excludedTags().isEmpty()) {
            w.lists.put("excludedTags", tagIds(criteria.excludedTags()));
            w.and("NOT EXISTS (SELECT 1 FROM private_file_tags t WHERE t.file_id = f.id AND t.tag_id IN (<excludedTags>))");
        }
        List<String> terms = criteria.search().terms();
        for (int i = 0; i < terms.size(); i++) {
            w.and(search.condition("f", "term" + i, terms.get(i)), "term" + i, SearchSql.pattern(terms.get(i)));
        }
        return w;
    }

    /** Not org-wide: the actor's own files, plus files on the scope's projects (or on any project). */
    private static String ownOrProjects(ReadScope scope, Where w) {
        List<String> alternatives = new ArrayList<>();
        if (scope.owner() != null) {
            alternatives.add("f.user_id = :owner");
            w.values.put("owner", scope.owner().value());
        }
        if (scope.allProjects()) {
            alternatives.add("f.project_id IS NOT NULL");
        } else if (!scope.projects().isEmpty()) {
            alternatives.add("f.project_id IN (<scopeProjects>)");
            w.lists.put("scopeProjects", scope.projects().stream().map(ProjectId::value).sorted().toList());
        }
        return alternatives.isEmpty() ? "FALSE" : "(" + String.join(" OR ", alternatives) + ")";
    }

    /**
     * Nulls last ascending, first descending (FileOrder), spelled out for the nullable columns
     * only: on the NOT NULL dates a NULLS clause would keep H2 from reading their indexes in order.
     */
    private String orderBy(Ordering ordering) {
        List<String> keys = new ArrayList<>();
        for (SortKey key : ordering.keys()) {
            String direction = key.descending() ? " DESC" : " ASC";
            String nulls = key.descending() ? " NULLS FIRST" : " NULLS LAST";
            keys.add(switch (key.field()) {
                case CREATED_DATE -> "f.created_date" + direction;
                case MODIFIED_DATE -> "f.modified_date" + direction;
                case TITLE -> dialect.codePointOrder("f.title") + direction;
                case STATUS -> dialect.codePointOrder("f.status") + direction + nulls;
                case FILESIZE -> "f.filesize" + direction + nulls;
            });
        }
        keys.add("f.id DESC");
        SortKey first = ordering.keys().get(0);
        // the org in the direction that reads the index of the first key forwards when it matches
        boolean orgDescending = first.descending() != INDEXED_DESCENDING.contains(first.field());
        return " ORDER BY " + dialect.orderByOrgFirst(orgDescending) + String.join(", ", keys);
    }

    private static List<Long> tagIds(Set<FileTagId> ids) {
        return ids.stream().map(FileTagId::value).sorted().toList();
    }

    /** SQL text with its named values and lists (JDBI's {@code <name>} list syntax). */
    record BoundSql(String sql, Map<String, Object> values, Map<String, List<?>> lists) {
        /** A query of {@code prefix + sql} with every value bound. */
        Query query(Handle handle, String prefix) {
            Query query = handle.createQuery(prefix + sql);
            values.forEach(query::bind);
            lists.forEach(query::bindList);
            return query;
        }

        Query query(Handle handle) {
            return query(handle, "");
        }

        /** This SQL as a subquery: {@code before (sql) after}, with the same values. */
        BoundSql nested(String before, String after) {
            return new BoundSql(before + "(" + sql + ")" + after, values, lists);
        }
    }

    /** A WHERE clause under construction with its named values and lists. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Map<String, List<?>> lists = new LinkedHashMap<>();

        void and(String condition) {
            sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(condition);
        }

        void and(String condition, String name, Object value) {
            and(condition);
            values.put(name, value);
        }
    }
}
