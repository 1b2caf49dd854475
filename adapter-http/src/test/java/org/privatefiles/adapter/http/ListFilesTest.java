package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.domain.actor.OrgId;

class ListFilesTest {
    @RegisterExtension
    final TestApi api = TestApi.start();
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);
    private final TestApi.User other = api.pro(org);
    private final long alpha = create("alpha.pdf", pro, "file_tags", "38", "status", "draft");
    private final long beta = create("beta.pdf", other, "file_tags", "47", "status_message", "Needs Review");
    private final long gamma = create("gamma.pdf", pro, "file_tags", "38,47", "status", "final");

    @Test
    void the_list_is_a_bare_array_newest_modification_first() {
        var response = api.get(pro, TestApi.files(org));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ids(TestApi.json(response))).containsExactly(gamma, beta, alpha);
    }

    @Test
    void user_id_filters_by_creator() {
        assertThat(ids(list("user_id=" + other.id().value()))).containsExactly(beta);
    }

    @Test
    void a_non_integer_user_id_is_400() {
        var response = api.get(pro, TestApi.files(org) + "?user_id=abc");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"user_id\":[\"A valid integer is required.\"]}");
    }

    @Test
    void file_tags_match_any_of_the_titles_or_ids_given() {
        assertThat(ids(list("file_tags=" + enc("Extra File")))).containsExactly(gamma, alpha);
        assertThat(ids(list("file_tags=47&file_tags=38"))).containsExactly(gamma, beta, alpha);
        assertThat(ids(list("file_tags=" + enc("Site Model,Extra File")))).containsExactly(gamma, beta, alpha);
    }

    @Test
    void file_tags_exclude_drops_files_with_any_of_them() {
        assertThat(ids(list("file_tags_exclude=47"))).containsExactly(alpha);
    }

    @Test
    void an_unknown_tag_is_400() {
        var response = api.get(pro, TestApi.files(org) + "?file_tags=Nope");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"file_tags\":[\"Unknown file tag: Nope\"]}");
    }

    @Test
    void search_matches_every_term_case_insensitively() {
        assertThat(ids(list("search=" + enc("needs review")))).containsExactly(beta);
        assertThat(ids(list("search=" + enc("pdf FINAL")))).containsExactly(gamma);
    }

    @Test
    void a_nul_in_search_is_400() {
        assertThat(api.get(pro, TestApi.files(org) + "?search=a%00b").statusCode()).isEqualTo(400);
    }

    @Test
    void ordering_takes_fields_with_an_optional_minus_and_ignores_unknown_ones() {
        assertThat(ids(list("ordering=title"))).containsExactly(alpha, beta, gamma);
        assertThat(ids(list("ordering=-title"))).containsExactly(gamma, beta, alpha);
        assertThat(ids(list("ordering=nonsense"))).containsExactly(gamma, beta, alpha);
    }

    @Test
    void project_filter_accepts_id_url_or_path() {
        var project = api.core.administration().createProject(org, "Roof");
        api.patchJson(pro, TestApi.file(org, beta), "{\"project\": " + project.id().value() + "}");
        String path = "/api/orgs/" + org.value() + "/projects/" + project.id().value() + "/";

        assertThat(ids(list("project=" + project.id().value()))).containsExactly(beta);
        assertThat(ids(list("project=" + enc(TestApi.BASE_URL + path)))).containsExactly(beta);
        assertThat(ids(list("project=" + enc(path)))).containsExactly(beta);
    }

    @Test
    void a_project_of_another_org_is_400() {
        var foreign = api.core.administration().createProject(api.org(), "Elsewhere");

        var response = api.get(pro, TestApi.files(org) + "?project=" + foreign.id().value());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestApi.json(response).has("project")).isTrue();
    }

    @Test
    void limit_and_page_return_one_page_with_total_headers() {
        var response = api.get(pro, TestApi.files(org) + "?limit=2&page=2");

        assertThat(ids(TestApi.json(response))).containsExactly(alpha);
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(response.headers().firstValue("Content-Range")).hasValue("private_files 2-2/3");
    }

    @Test
    void range_returns_the_inclusive_slice() {
        var response = api.get(pro, TestApi.files(org) + "?range=" + enc("[0,1]"));

        assertThat(ids(TestApi.json(response))).containsExactly(gamma, beta);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("private_files 0-1/3");
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("3");
    }

    @Test
    void a_limit_out_of_range_is_400() {
        assertThat(api.get(pro, TestApi.files(org) + "?limit=0").statusCode()).isEqualTo(400);
        assertThat(api.get(pro, TestApi.files(org) + "?limit=1001").statusCode()).isEqualTo(400);
    }

    @Test
    void unknown_parameters_are_ignored_and_unpaged_lists_have_no_total() {
        var response = api.get(pro, TestApi.files(org) + "?colour=blue");

        assertThat(ids(TestApi.json(response))).hasSize(3);
        assertThat(response.headers().firstValue("X-Total-Count")).isEmpty();
    }

    @Test
    void a_long_list_is_streamed_complete_and_the_listing_is_closed() {
        for (int i = 0; i < 300; i++) {
            create("bulk-" + i + ".txt", pro);
        }

        JsonNode list = TestApi.json(api.get(pro, TestApi.files(org)));

        assertThat(list.size()).isEqualTo(303);
        assertThat(api.files.openListings()).isZero();
    }

    @Test
    void an_org_without_files_lists_an_empty_array() {
        OrgId empty = api.org();
        var response = api.get(api.pro(empty), TestApi.files(empty));

        assertThat(response.body()).isEqualTo("[]");
    }

    private long create(String name, TestApi.User user, String... fields) {
        api.clock.advance(Duration.ofSeconds(1));
        return api.upload(org, user, name, name.getBytes(StandardCharsets.UTF_8), fields).get("id").asLong();
    }

    private JsonNode list(String query) {
        var response = api.get(pro, TestApi.files(org) + "?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestApi.json(response);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(f -> ids.add(f.get("id").asLong()));
        return ids;
    }
}
