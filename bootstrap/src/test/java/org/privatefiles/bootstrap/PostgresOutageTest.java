package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privatefiles.adapter.http.contract.Multipart;

/**
 * A PostgreSQL outage, simulated by breaking a TCP proxy between the service and the shared server
 * (which keeps running): every request is a 503 with Retry-After, nothing half-made is left, and
 * the service recovers by itself once the database answers again.
 */
class PostgresOutageTest {
    private PostgresTestDatabase database;
    private BreakableTcpProxy proxy;
    private Path dataDir;
    private Service service;
    private ApiClient api;
    private String files;

    @BeforeEach
    void serveThroughTheProxy() throws IOException {
        database = PostgresTestDatabase.createOrSkip(getClass().getSimpleName());
        URI target = URI.create(database.url().substring("jdbc:".length()));
        proxy = new BreakableTcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        String proxied = database.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        dataDir = Files.createTempDirectory("private-files-outage");
        service = cli(proxied, "serve", "--port", "0").service();
        long org = Long.parseLong(cli(database.url(), "org", "create", "--name", "Outage org").printedLine());
        long user = Long.parseLong(cli(database.url(), "user", "create", "--email", "outage-" + UUID.randomUUID() + "@example.com")
                .printedLine());
        cli(database.url(), "member", "add", "--org", "" + org, "--user", "" + user, "--role", "pro", "--files-org-wide");
        api = new ApiClient(service.baseUrl(), cli(database.url(), "token", "create", "--user", "" + user).printedLine());
        files = "/api/orgs/" + org + "/private_files/";
    }

    @AfterEach
    void stop() throws IOException {
        if (service != null) {
            service.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (dataDir != null) {
            EndToEndTest.deleteTree(dataDir);
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void while_the_database_is_unreachable_every_request_is_503_and_the_service_recovers_by_itself() throws Exception {
        var before = api.upload(files, new Multipart().file("file_contents", "kept.txt", "kept".getBytes(StandardCharsets.UTF_8)));
        assertThat(before.statusCode()).isEqualTo(201);
        String kept = files + ApiClient.json(before).get("id").asLong() + "/";

        proxy.breakLinks();
        for (var response : java.util.List.of(api.get(files), api.get(kept), api.patchJson(kept, "{\"title\": \"x\"}"),
                api.upload(files, new Multipart().file("file_contents", "lost.txt", "lost".getBytes(StandardCharsets.UTF_8))),
                api.delete(kept))) {
            assertThat(response.statusCode()).as(response.request().method() + " " + response.uri()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(body(response)).isEqualTo("{\"detail\":\"Service temporarily unavailable.\"}");
        }
        var health = new ApiClient(service.baseUrl(), null).get("/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(body(health)).contains("\"database\":\"DOWN\"");

        proxy.mend();
        int status = 0;
        for (int attempt = 0; attempt < 100 && status != 200; attempt++) {
            Thread.sleep(100);
            status = api.get(files).statusCode();
        }
        assertThat(status).as("a list after the database is back").isEqualTo(200);
        var listed = ApiClient.json(api.get(files));
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("title").asText()).isEqualTo("kept.txt");
        assertThat(completeContentFiles()).as("content files, one per row").isEqualTo(1);
        assertThat(api.get(listed.get(0).get("file_contents").asText()).statusCode()).isEqualTo(200);
    }

    private long completeContentFiles() throws IOException {
        try (Stream<Path> paths = Files.walk(dataDir.resolve(Components.FILES_FOLDER))) {
            return paths.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private CliRun cli(String dbUrl, String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of(args));
        all.addAll(java.util.List.of("--data-dir", dataDir.toString(), "--db-url", dbUrl));
        return CliRun.of(Map.of(), all.toArray(String[]::new));
    }
}
