package org.privatefiles.adapter.jdbc;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.privatefiles.domain.query.SearchableText;

/**
 * The SQL of one search term (semantics of {@link SearchableText}): some searched column, folded
 * to lower case, contains the folded term, LIKE wildcards in the term escaped. The seven columns
 * are joined by {@value #SEPARATOR_CODE} (the unit separator) and searched with one LIKE, which is
 * exact for every term without that character; a term with it is also checked column by column.
 * On PostgreSQL the fold is {@code lower(x COLLATE "und-x-icu")} (Java's root-locale lower case)
 * when V3 built its trigram index with it, and that index serves the joined LIKE.
 */
record SearchSql(String foldCollation, boolean trigramIndexed, String separatorSql) {
    static final String TRIGRAM_INDEX = "private_files_search_trgm";
    static final String ICU_COLLATION = "und-x-icu";
    static final int SEPARATOR_CODE = 31;
    /** The LIKE escape character; not a backslash, which JDBI's SQL parser reads as escaping a quote. */
    static final char ESCAPE = '!';
    static final List<String> COLUMNS = List.of(
            "title", "system_uuid", "input_data", "input_data_hash", "file_hash", "status", "status_message");

    static final SearchSql H2 = new SearchSql("", false, "CHAR(" + SEPARATOR_CODE + ")");

    /** How this PostgreSQL database can search: with the trigram index if V3 could make it, with ICU if present. */
    static SearchSql probe(Jdbi jdbi, Dialect dialect) {
        if (dialect != Dialect.POSTGRES) {
            return H2;
        }
        return jdbi.withHandle(h -> {
            String indexDef = h.createQuery("SELECT indexdef FROM pg_indexes"
                            + " WHERE schemaname = current_schema() AND indexname = :name")
                    .bind("name", TRIGRAM_INDEX).mapTo(String.class).findOne().orElse(null);
            boolean icu = indexDef != null
                    ? indexDef.contains(ICU_COLLATION)
                    : h.createQuery("SELECT COUNT(*) FROM pg_collation WHERE collname = :name")
                            .bind("name", ICU_COLLATION).mapTo(Long.class).one() > 0;
            return new SearchSql(icu ? " COLLATE \"" + ICU_COLLATION + "\"" : "", indexDef != null,
                    "chr(" + SEPARATOR_CODE + ")");
        });
    }

    /** A condition that the file {@code alias} matches {@code term}, bound as the LIKE pattern {@code :param}. */
    String condition(String alias, String param, String term) {
        String joined = fold(joinedColumns(alias)) + like(param);
        if (term.indexOf(SEPARATOR_CODE) < 0) {
            return joined;
        }
        StringBuilder sql = new StringBuilder("(").append(joined).append(" AND (");
        for (int i = 0; i < COLUMNS.size(); i++) {
            sql.append(i > 0 ? " OR " : "").append(fold(alias + "." + COLUMNS.get(i))).append(like(param));
        }
        return sql.append("))").toString();
    }

    /** The LIKE pattern of a term: folded like the columns, wildcards and the escape character escaped. */
    static String pattern(String term) {
        String folded = SearchableText.fold(term);
        StringBuilder escaped = new StringBuilder(folded.length() + 8).append('%');
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.append('%').toString();
    }

    private static String like(String param) {
        return " LIKE :" + param + " ESCAPE '" + ESCAPE + "'";
    }

    private String fold(String expression) {
        return "lower((" + expression + ")" + foldCollation + ")";
    }

    /** The expression the trigram index of V3 is built on (column references qualified by alias). */
    private String joinedColumns(String alias) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (i > 0) {
                sql.append(" || ").append(separatorSql).append(" || ");
            }
            sql.append("coalesce(").append(alias).append('.').append(COLUMNS.get(i)).append(", '')");
        }
        return sql.toString();
    }
}
