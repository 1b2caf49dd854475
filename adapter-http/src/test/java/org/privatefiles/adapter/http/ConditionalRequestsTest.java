package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.adapter.http.contract.Multipart;
import org.privatefiles.domain.actor.OrgId;

class ConditionalRequestsTest {
    @RegisterExtension
    final TestApi api = TestApi.start();
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);

    @Test
    void create_retrieve_and_update_answer_with_the_etag_of_the_current_version() {
        var created = api.postMultipart(pro, TestApi.files(org), new Multipart().file("file_contents", "a.txt", bytes("one")));
        String path = local(created);

        String onCreate = created.headers().firstValue("ETag").orElseThrow();
        String onRetrieve = api.get(pro, path).headers().firstValue("ETag").orElseThrow();
        String onUpdate = api.patchJson(pro, path, "{\"title\": \"b.txt\"}").headers().firstValue("ETag").orElseThrow();

        assertThat(onCreate).matches("\"[0-9]+\"").isEqualTo(onRetrieve);
        assertThat(onUpdate).matches("\"[0-9]+\"").isNotEqualTo(onCreate);
        assertThat(api.get(pro, path).headers().firstValue("ETag")).contains(onUpdate);
    }

    @Test
    void a_chunked_upload_start_and_completion_answer_with_an_etag() {
        var started = api.postJson(pro, TestApi.files(org), "{\"title\": \"big.bin\"}");
        String path = local(started);
        api.send(api.as(pro, path + "parts/1/").header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofString("abc")));

        var completed = api.postJson(pro, path + "complete/", "{}");

        assertThat(started.headers().firstValue("ETag")).isPresent();
        assertThat(completed.statusCode()).isEqualTo(200);
        assertThat(completed.headers().firstValue("ETag")).isPresent().isNotEqualTo(started.headers().firstValue("ETag"));
        assertThat(api.get(pro, path).headers().firstValue("ETag")).isEqualTo(completed.headers().firstValue("ETag"));
    }

    @Test
    void patch_with_a_stale_if_match_is_412_and_changes_nothing() {
        String path = uploaded("one");
        String stale = etag(path);
        api.patchJson(pro, path, "{\"title\": \"seen by nobody\"}");

        var response = patchIfMatch(path, stale, "{\"title\": \"overwrite\"}");

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(TestApi.json(response).get("detail").asText()).isEqualTo("Precondition failed.");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        assertThat(TestApi.json(api.get(pro, path)).get("title").asText()).isEqualTo("seen by nobody");
    }

    @Test
    void patch_with_the_current_if_match_applies() {
        String path = uploaded("one");

        var response = patchIfMatch(path, etag(path), "{\"title\": \"renamed\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestApi.json(response).get("title").asText()).isEqualTo("renamed");
    }

    @Test
    void if_match_may_list_several_tags_or_a_star() {
        String path = uploaded("one");

        var listed = patchIfMatch(path, "\"999999\", " + etag(path), "{\"title\": \"listed\"}");
        var star = patchIfMatch(path, "*", "{\"title\": \"star\"}");

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(star.statusCode()).isEqualTo(200);
    }

    @Test
    void a_weak_if_match_never_matches() {
        String path = uploaded("one");

        var response = patchIfMatch(path, "W/" + etag(path), "{\"title\": \"weak\"}");

        assertThat(response.statusCode()).isEqualTo(412);
    }

    @Test
    void a_multipart_patch_with_a_stale_if_match_keeps_the_old_content() {
        String path = uploaded("one");
        String stale = etag(path);
        api.patchJson(pro, path, "{\"status_message\": \"moved on\"}");
        var form = new Multipart().file("file_contents", "b.txt", bytes("two"));

        var response = api.send(api.as(pro, path).header("Content-Type", form.contentType()).header("If-Match", stale)
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(form.bytes())));

        assertThat(response.statusCode()).isEqualTo(412);
        JsonNode file = TestApi.json(api.get(pro, path));
        assertThat(file.get("filesize").asLong()).isEqualTo(3);
        assertThat(download(file)).isEqualTo("one");
    }

    @Test
    void delete_with_a_stale_if_match_is_412_and_the_file_stays() {
        String path = uploaded("one");
        String stale = etag(path);
        api.patchJson(pro, path, "{\"title\": \"changed\"}");

        var response = api.send(api.as(pro, path).header("If-Match", stale).DELETE());

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(api.get(pro, path).statusCode()).isEqualTo(200);
    }

    @Test
    void delete_with_the_current_if_match_deletes() {
        String path = uploaded("one");

        var response = api.send(api.as(pro, path).header("If-Match", etag(path)).DELETE());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(api.get(pro, path).statusCode()).isEqualTo(404);
    }

    private String uploaded(String content) {
        return local(api.postMultipart(pro, TestApi.files(org), new Multipart().file("file_contents", "a.txt", bytes(content))));
    }

    private String etag(String path) {
        return api.get(pro, path).headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> patchIfMatch(String path, String ifMatch, String json) {
        return api.send(api.as(pro, path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private String download(JsonNode file) {
        return new String(api.sendForBytes(api.request(TestApi.local(file.get("file_contents").asText())).GET()).body(),
                StandardCharsets.UTF_8);
    }

    private static String local(HttpResponse<String> created) {
        return TestApi.local(TestApi.json(created).get("url").asText());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
