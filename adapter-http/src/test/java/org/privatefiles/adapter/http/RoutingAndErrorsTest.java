package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.domain.actor.OrgId;

class RoutingAndErrorsTest {
    @RegisterExtension
    final TestApi api = TestApi.start();
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);

    @Test
    void an_unknown_path_is_404_json() {
        var response = api.send(api.request("/no/such/thing").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    }

    @Test
    void a_wrong_method_is_405_json_with_allow() {
        var response = api.send(api.as(pro, TestApi.files(org)).DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST, HEAD, OPTIONS");
        assertThat(response.body()).isEqualTo("{\"detail\":\"Method \\\"DELETE\\\" not allowed.\"}");
    }

    @Test
    void a_wrong_method_from_a_browser_on_a_path_without_its_trailing_slash_is_405_json_with_allow() {
        var response = api.send(api.as(pro, "/api/orgs/" + org.value() + "/private_files").header("Accept", "text/html").DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST, HEAD, OPTIONS");
        assertThat(response.body()).isEqualTo("{\"detail\":\"Method \\\"DELETE\\\" not allowed.\"}");
    }

    @Test
    void options_answers_with_allow() {
        var response = api.send(api.request(TestApi.files(org)).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST, HEAD, OPTIONS");
    }

    @Test
    void an_oversized_header_is_json_not_html() throws IOException {
        String reply = raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");

        assertThat(reply).startsWith("HTTP/1.1 431");
        assertThat(reply).contains("application/json").contains("{\"detail\":").doesNotContain("<html");
    }

    @Test
    void a_malformed_request_line_is_400_json() throws IOException {
        String reply = raw("GARBAGE\r\n\r\n");

        assertThat(reply).startsWith("HTTP/1.1 400");
        assertThat(reply).contains("{\"detail\":").doesNotContain("<html");
    }

    @Test
    void an_oversized_url_is_json_not_html() throws IOException {
        String reply = raw("GET /api/" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(reply).matches("(?s)HTTP/1.1 4\\d\\d.*");
        assertThat(reply).contains("{\"detail\":").doesNotContain("<html");
    }

    @Test
    void head_on_an_api_route_answers_like_get_without_a_body() {
        var response = api.send(api.as(pro, TestApi.files(org)).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("X-RateLimit-Limit")).isPresent();
    }

    @Test
    void a_declared_body_over_the_maximum_is_413_before_it_is_read() throws IOException {
        String reply = raw("POST " + TestApi.files(org) + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + pro.token()
                + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 99999999999\r\n\r\n--b");

        assertThat(reply).startsWith("HTTP/1.1 413");
        assertThat(reply).contains("{\"detail\":");
        assertThat(api.content.keyCount()).isZero();
    }

    @Test
    void servlet_container_paths_are_plain_404_json() {
        var response = api.send(api.request("/WEB-INF/web.xml").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
    }

    @Test
    void an_unexpected_failure_is_500_with_a_request_id_and_no_stack_trace() {
        api.files.setAvailable(false);

        var response = api.get(pro, TestApi.files(org));

        assertThat(response.statusCode()).isEqualTo(500);
        var body = TestApi.json(response);
        assertThat(body.get("detail").asText()).isEqualTo("Internal server error.");
        assertThat(body.get("request_id").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void health_is_up_without_authentication() {
        var response = api.send(api.request("/health").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"database\":\"UP\",\"storage\":\"UP\"}");
    }

    @Test
    void health_is_503_with_the_failing_part_down() {
        api.content.setAvailable(false);

        var response = api.send(api.request("/health/").GET());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\",\"database\":\"UP\",\"storage\":\"DOWN\"}");
    }

    @Test
    void file_tags_list_the_seeded_catalogue() {
        var response = api.get(pro, "/api/file_tags/");

        assertThat(response.statusCode()).isEqualTo(200);
        var tags = TestApi.json(response);
        assertThat(tags.size()).isGreaterThan(50);
        assertThat(tags.findValues("id").stream().map(n -> n.asLong()).toList()).contains(38L, 47L, 53L);
    }

    @Test
    void one_file_tag_by_id_and_an_unknown_one_is_404() {
        var response = api.get(pro, "/api/file_tags/53");

        assertThat(response.body()).isEqualTo("{\"url\":\"" + TestApi.BASE_URL + "/api/file_tags/53/\",\"title\":\"Design Backup\",\"type\":\"private\",\"id\":53}");
        assertThat(api.get(pro, "/api/file_tags/99999/").statusCode()).isEqualTo(404);
    }

    @Test
    void file_tags_need_authentication() {
        assertThat(api.send(api.request("/api/file_tags/").GET()).statusCode()).isEqualTo(401);
    }

    @Test
    void projects_list_their_readable_files() {
        var project = api.core.administration().createProject(org, "Roof");
        var file = api.upload(org, pro, "a.pdf", new byte[] {1}, "project", Long.toString(project.id().value()));

        var list = TestApi.json(api.get(pro, "/api/orgs/" + org.value() + "/projects/"));
        var one = TestApi.json(api.get(pro, "/api/orgs/" + org.value() + "/projects/" + project.id().value() + "/"));

        assertThat(list.size()).isEqualTo(1);
        assertThat(one.get("title").asText()).isEqualTo("Roof");
        assertThat(one.get("org").asText()).isEqualTo(TestApi.BASE_URL + "/api/orgs/" + org.value() + "/");
        assertThat(one.get("private_files").get(0).asText()).isEqualTo(file.get("url").asText());
        assertThat(one.get("private_files_data").get(0).get("id").asLong()).isEqualTo(file.get("id").asLong());
    }

    @Test
    void an_unknown_project_is_404() {
        assertThat(api.get(pro, "/api/orgs/" + org.value() + "/projects/4242/").statusCode()).isEqualTo(404);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
