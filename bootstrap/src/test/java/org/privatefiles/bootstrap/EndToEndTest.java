package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.privatefiles.adapter.http.contract.Multipart;

/**
 * End to end through the command line and a real server on a free port: a token made with the
 * CLI, then every file operation over HTTP. Run once per database by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndTest {
    static final int ORG_LIMIT = 500;

    Path dataDir;
    Service service;
    ApiClient api;
    ApiClient anonymous;
    long org;
    long project;
    String files;

    /** The flags choosing the database (empty for embedded H2); may skip the class. */
    abstract List<String> databaseFlags();

    /** The environment every command sees. */
    Map<String, String> environment() {
        return Map.of();
    }

    /** Runs after the server stopped and the data dir was removed. */
    void afterAll() {
    }

    @BeforeAll
    void startServerAndMakeAnAccount() throws IOException {
        List<String> db = databaseFlags();
        dataDir = Files.createTempDirectory("private-files-e2e");
        service = cli("serve", "--port", "0", "--throttle-org-per-day", Integer.toString(ORG_LIMIT)).service();
        org = Long.parseLong(cli("org", "create", "--name", "End-to-end org").printedLine());
        long user = Long.parseLong(cli("user", "create", "--email", "e2e-" + UUID.randomUUID() + "@example.com").printedLine());
        assertThat(cli("member", "add", "--org", "" + org, "--user", "" + user, "--role", "pro", "--files-org-wide",
                "--projects-export", "--projects", "all", "--level", "edit").stdout()).isEmpty();
        project = Long.parseLong(cli("project", "create", "--org", "" + org, "--title", "Roof").printedLine());
        String token = cli("token", "create", "--user", "" + user).printedLine();
        api = new ApiClient(service.baseUrl(), token);
        anonymous = new ApiClient(service.baseUrl(), null);
        files = "/api/orgs/" + org + "/private_files/";
        assertThat(db).isNotNull();
    }

    @AfterAll
    void stopServer() throws IOException {
        if (service != null) {
            service.stop();
        }
        if (dataDir != null) {
            deleteTree(dataDir);
        }
        afterAll();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Runs a command line against this class's data dir and database. */
    CliRun cli(String... args) {
        return cliIn(dataDir, args);
    }

    CliRun cliIn(Path dir, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.toString()));
        all.addAll(databaseFlags());
        return CliRun.of(environment(), all.toArray(String[]::new));
    }

    @Test
    void health_is_up_without_a_token() {
        HttpResponse<byte[]> response = anonymous.get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(response)).isEqualTo(ApiClient.JSON.createObjectNode()
                .put("status", "UP").put("database", "UP").put("storage", "UP"));
    }

    @Test
    void a_request_without_a_token_is_401() {
        assertThat(anonymous.get(files).statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_made_on_the_command_line_is_accepted_by_the_api() {
        HttpResponse<byte[]> response = api.get(files);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(response).isArray()).isTrue();
    }

    @Test
    void a_user_who_is_not_a_member_of_the_org_gets_403() {
        long outsider = Long.parseLong(cli("user", "create", "--email", "outsider-" + UUID.randomUUID() + "@example.com").printedLine());
        String token = cli("token", "create", "--user", "" + outsider).printedLine();
        assertThat(new ApiClient(service.baseUrl(), token).get(files).statusCode()).isEqualTo(403);
    }

    @Test
    void an_uploaded_file_downloads_byte_for_byte_through_its_signed_link() {
        byte[] content = randomBytes(300_000);
        JsonNode file = upload("report.pdf", content, new Multipart());
        assertThat(file.get("filesize").asLong()).isEqualTo(content.length);
        assertThat(file.get("file_hash").asText()).isEqualTo(md5(content));
        assertThat(file.get("status").asText()).isEqualTo("created");

        HttpResponse<byte[]> download = anonymous.get(file.get("file_contents").asText());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
    }

    @Test
    void a_range_request_on_the_signed_link_returns_those_bytes() {
        byte[] content = randomBytes(10_000);
        JsonNode file = upload("range.bin", content, new Multipart());
        HttpResponse<byte[]> part = anonymous.get(file.get("file_contents").asText(), "Range", "bytes=100-199");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(content, 100, 200));
    }

    @Test
    void retrieving_a_file_returns_it_with_a_working_link() {
        byte[] content = randomBytes(1000);
        JsonNode created = upload("notes.txt", content, new Multipart());
        HttpResponse<byte[]> response = api.get(files + created.get("id").asLong() + "/");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode file = ApiClient.json(response);
        assertThat(file.get("url").asText()).isEqualTo(created.get("url").asText());
        assertThat(anonymous.get(file.get("file_contents").asText()).body()).isEqualTo(content);
    }

    @Test
    void resource_urls_use_the_default_base_url_with_the_port_listened_on() {
        JsonNode file = upload("url.txt", randomBytes(10), new Multipart());
        assertThat(file.get("url").asText())
                .isEqualTo("http://localhost:" + service.port() + files + file.get("id").asLong() + "/");
    }

    @Test
    void listing_filters_by_project_tag_and_search() {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "");
        long onProject = upload("on-project-" + marker + ".txt", randomBytes(10),
                new Multipart().field("project", "" + project)).get("id").asLong();
        long tagged = upload("tagged-" + marker + ".txt", randomBytes(10),
                new Multipart().field("file_tags", "Extra File")).get("id").asLong();
        long plain = upload("plain-" + marker + ".txt", randomBytes(10), new Multipart()).get("id").asLong();

        assertThat(ids(files + "?search=" + marker)).containsExactlyInAnyOrder(onProject, tagged, plain);
        assertThat(ids(files + "?search=" + marker + "&project=" + project)).containsExactly(onProject);
        assertThat(ids(files + "?search=" + marker + "&file_tags=" + encode("Extra File"))).containsExactly(tagged);
        assertThat(ids(files + "?search=" + marker + "&file_tags_exclude=38")).containsExactlyInAnyOrder(onProject, plain);
        assertThat(ids(files + "?search=plain-" + marker)).containsExactly(plain);
        assertThat(ids(files + "?search=" + marker + "&ordering=title")).containsExactly(onProject, plain, tagged);
    }

    @Test
    void an_update_changes_the_title_and_the_tags() {
        long id = upload("draft.txt", randomBytes(10), new Multipart()).get("id").asLong();
        HttpResponse<byte[]> response = api.patchJson(files + id + "/", "{\"title\": \"final.txt\", \"file_tags\": [47]}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode file = ApiClient.json(api.get(files + id + "/"));
        assertThat(file.get("title").asText()).isEqualTo("final.txt");
        assertThat(file.get("file_tags_data").get(0).get("title").asText()).isEqualTo("Site Model");
    }

    @Test
    void a_deleted_files_link_answers_404() {
        JsonNode file = upload("gone.txt", randomBytes(100), new Multipart());
        String link = file.get("file_contents").asText();
        assertThat(api.delete(files + file.get("id").asLong() + "/").statusCode()).isEqualTo(204);
        assertThat(anonymous.get(link).statusCode()).isEqualTo(404);
        assertThat(api.get(files + file.get("id").asLong() + "/").statusCode()).isEqualTo(404);
    }

    @Test
    void the_configured_throttle_limit_reaches_the_api() {
        assertThat(api.get(files).headers().firstValue("X-RateLimit-Limit")).hasValue(Integer.toString(ORG_LIMIT));
    }

    @Test
    void admin_commands_work_while_the_service_runs() {
        long second = Long.parseLong(cli("project", "create", "--org", "" + org, "--title", "Garage").printedLine());
        assertThat(ApiClient.json(api.get("/api/orgs/" + org + "/projects/" + second + "/")).get("title").asText())
                .isEqualTo("Garage");
    }

    @Test
    void a_restart_of_serve_demo_makes_no_second_org_and_prints_the_same_line() throws IOException {
        Path demoDir = Files.createTempDirectory("private-files-demo");
        CliRun first = cliIn(demoDir, "serve", "--demo", "--port", "0");
        first.service().stop();
        CliRun second = cliIn(demoDir, "serve", "--demo", "--port", "0");
        Service restarted = second.service();
        try {
            String line = first.printedLine();
            assertThat(line).matches("curl -H 'Authorization: Bearer [0-9a-f]{40}' http://localhost:\\d+/api/orgs/\\d+/private_files/");
            assertThat(withoutPort(second.printedLine())).isEqualTo(withoutPort(line));
            String token = line.replaceAll(".*Bearer ([0-9a-f]{40}).*", "$1");
            long demoOrg = Long.parseLong(line.replaceAll(".*/api/orgs/(\\d+)/.*", "$1"));
            assertThat(new ApiClient(restarted.baseUrl(), token).get("/api/orgs/" + demoOrg + "/private_files/").statusCode())
                    .isEqualTo(200);
            assertThat(Long.parseLong(cliIn(demoDir, "org", "create", "--name", "after the demo").printedLine()))
                    .isEqualTo(demoOrg + 1);
        } finally {
            restarted.stop();
            deleteTree(demoDir);
        }
    }

    private static String withoutPort(String line) {
        return line.replaceAll("localhost:\\d+", "localhost:PORT");
    }

    JsonNode upload(String name, byte[] content, Multipart form) {
        HttpResponse<byte[]> response = api.upload(files, form.file("file_contents", name, content));
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return ApiClient.json(response);
    }

    List<Long> ids(String path) {
        HttpResponse<byte[]> response = api.get(path);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        var ids = new ArrayList<Long>();
        ApiClient.json(response).forEach(file -> ids.add(file.get("id").asLong()));
        return ids;
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
