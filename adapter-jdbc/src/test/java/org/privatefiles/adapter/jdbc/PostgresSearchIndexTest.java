package org.privatefiles.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On PostgreSQL the search condition can use the trigram index of V3, and folds like Java's root locale. */
class PostgresSearchIndexTest {
    @RegisterExtension
    static final PersistenceExtension DATABASE = PersistenceExtension.postgres();

    private static Jdbi jdbi() {
        return Jdbi.create(DATABASE.url());
    }

    @Test
    void search_uses_the_trigram_index_when_a_sequential_scan_is_ruled_out() {
        Jdbi jdbi = jdbi();
        SearchSql search = SearchSql.probe(jdbi, Dialect.POSTGRES);
        String sql = "EXPLAIN SELECT f.id FROM private_files f WHERE "
                + search.condition("f", "term", "needle").replace(":term", "'%needle%'");

        List<String> plan = jdbi.withHandle(h -> {
            h.execute("SET enable_seqscan = off");
            return h.createQuery(sql).mapTo(String.class).list();
        });

        assertThat(search.trigramIndexed()).isTrue();
        assertThat(String.join("\n", plan)).contains(SearchSql.TRIGRAM_INDEX);
    }

    @Test
    void the_fold_is_the_icu_root_lower_case_of_java() {
        SearchSql search = SearchSql.probe(jdbi(), Dialect.POSTGRES);
        String text = "\u00c9COLE \u039f\u0394\u039f\u03a3 \u0130";

        String folded = jdbi().withHandle(h -> h.createQuery("SELECT lower((CAST(:text AS TEXT))" + search.foldCollation() + ")")
                .bind("text", text).mapTo(String.class).one());

        assertThat(search.foldCollation()).contains(SearchSql.ICU_COLLATION);
        assertThat(folded).isEqualTo(org.privatefiles.domain.query.SearchableText.fold(text));
    }
}
