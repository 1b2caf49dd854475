package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.privatefiles.adapter.http.contract.Multipart;
import org.privatefiles.adapter.s3.LocalS3;

/**
 * Stateless instances: two {@code serve} processes, each with its own data dir, on one PostgreSQL
 * schema and one S3 bucket, plus a third in redirect mode. Any instance serves any file and takes any part.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesOnS3Test {
    private static final String SIGNING_KEY = "one-secret-shared-by-every-instance";
    private static final HttpClient NO_REDIRECTS = HttpClient.newHttpClient();

    private PostgresTestDatabase database;
    private LocalS3 s3;
    private List<String> sharedFlags;
    private final List<Path> dirs = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private ApiClient a;
    private ApiClient b;
    private ApiClient redirecting;
    private ApiClient anonymous;
    private String files;

    @BeforeAll
    void startTwoInstancesAndAnAccount() throws IOException {
        database = PostgresTestDatabase.createOrSkip(getClass().getSimpleName());
        s3 = LocalS3.start();
        sharedFlags = new ArrayList<>(List.of("--db-url", database.url(), "--signing-key", SIGNING_KEY, "--min-part-bytes", "1000"));
        sharedFlags.addAll(S3Flags.of(s3, "shared"));
        Service first = serve();
        Service second = serve();
        Service third = serve("--download-mode", "redirect");
        long org = Long.parseLong(cli(dirs.get(0), "org", "create", "--name", "Scale-out org").printedLine());
        long user = Long.parseLong(cli(dirs.get(0), "user", "create", "--email", "scale-" + UUID.randomUUID() + "@example.com").printedLine());
        cli(dirs.get(0), "member", "add", "--org", "" + org, "--user", "" + user, "--role", "pro", "--files-org-wide",
                "--projects-export", "--projects", "all", "--level", "edit");
        String token = cli(dirs.get(0), "token", "create", "--user", "" + user).printedLine();
        a = new ApiClient(first.baseUrl(), token);
        b = new ApiClient(second.baseUrl(), token);
        redirecting = new ApiClient(third.baseUrl(), token);
        anonymous = new ApiClient(first.baseUrl(), null);
        files = "/api/orgs/" + org + "/private_files/";
    }

    @AfterAll
    void stopEverything() throws IOException {
        services.forEach(Service::stop);
        for (Path dir : dirs) {
            EndToEndTest.deleteTree(dir);
        }
        if (s3 != null) {
            s3.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void a_file_uploaded_through_one_instance_is_listed_retrieved_and_downloaded_through_the_other() {
        byte[] content = EndToEndTest.randomBytes(200_000);
        JsonNode uploaded = upload(a, "plan.pdf", content);

        assertThat(ids(b.get(files))).contains(uploaded.get("id").asLong());
        JsonNode retrieved = ApiClient.json(b.get(files + uploaded.get("id").asLong() + "/"));
        assertThat(retrieved.get("file_hash").asText()).isEqualTo(EndToEndTest.md5(content));
        HttpResponse<byte[]> download = anonymous.get(retrieved.get("file_contents").asText());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
    }

    @Test
    void a_chunked_upload_with_its_parts_sent_to_different_instances_completes_with_the_right_bytes_and_md5() {
        byte[] first = EndToEndTest.randomBytes(150_000);
        byte[] second = EndToEndTest.randomBytes(70_001);
        HttpResponse<byte[]> started = a.postJson(files, "{\"title\": \"survey.bin\"}");
        assertThat(started.statusCode()).isEqualTo(201);
        long id = ApiClient.json(started).get("id").asLong();

        assertThat(a.putBytes(files + id + "/parts/1/", first).statusCode()).isEqualTo(200);
        assertThat(b.putBytes(files + id + "/parts/2/", second).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> completed = a.postJson(files + id + "/complete/", "{}");

        assertThat(completed.statusCode()).as(new String(completed.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        byte[] whole = concat(first, second);
        JsonNode file = ApiClient.json(completed);
        assertThat(file.get("file_hash").asText()).isEqualTo(EndToEndTest.md5(whole));
        assertThat(file.get("filesize").asLong()).isEqualTo(whole.length);
        assertThat(anonymous.get(file.get("file_contents").asText()).body()).isEqualTo(whole);
    }

    @Test
    void a_delete_through_one_instance_makes_the_link_made_by_the_other_answer_404() {
        JsonNode uploaded = upload(a, "gone.txt", "soon gone".getBytes(StandardCharsets.UTF_8));
        String link = uploaded.get("file_contents").asText();
        assertThat(anonymous.get(link).statusCode()).isEqualTo(200);

        assertThat(b.delete(files + uploaded.get("id").asLong() + "/").statusCode()).isEqualTo(204);

        assertThat(anonymous.get(link).statusCode()).isEqualTo(404);
    }

    @Test
    void in_redirect_mode_a_valid_link_is_a_307_to_the_store_which_serves_the_bytes_with_the_download_headers() throws Exception {
        byte[] content = EndToEndTest.randomBytes(123_456);
        JsonNode uploaded = upload(redirecting, "drawing.pdf", content);
        URI link = URI.create(uploaded.get("file_contents").asText());

        HttpResponse<byte[]> redirect = NO_REDIRECTS.send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(redirect.statusCode()).isEqualTo(307);
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(location.getPort()).isEqualTo(s3.endpoint().getPort());
        assertThat(location.getQuery()).contains("X-Amz-Expires=60");

        HttpResponse<byte[]> fromStore = NO_REDIRECTS.send(HttpRequest.newBuilder(location).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fromStore.statusCode()).isEqualTo(200);
        assertThat(fromStore.body()).isEqualTo(content);
        assertThat(fromStore.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(fromStore.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment; filename=\"drawing.pdf\""));
    }

    @Test
    void in_redirect_mode_a_tampered_or_deleted_files_link_is_refused_before_any_redirect() throws Exception {
        JsonNode uploaded = upload(redirecting, "secret.txt", "secret".getBytes(StandardCharsets.UTF_8));
        String link = uploaded.get("file_contents").asText();
        HttpResponse<byte[]> tampered = NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(link.replace("Signature=", "Signature=x"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(tampered.statusCode()).isEqualTo(403);

        assertThat(a.delete(files + uploaded.get("id").asLong() + "/").statusCode()).isEqualTo(204);

        HttpResponse<byte[]> deleted = NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(deleted.statusCode()).isEqualTo(404);
    }

    @Test
    void in_redirect_mode_head_and_a_matching_if_none_match_are_answered_by_the_service_itself() throws Exception {
        byte[] content = EndToEndTest.randomBytes(5_000);
        JsonNode uploaded = upload(redirecting, "notes.txt", content);
        URI link = URI.create(uploaded.get("file_contents").asText());

        HttpResponse<Void> head = NO_REDIRECTS.send(HttpRequest.newBuilder(link).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue("5000");
        assertThat(head.headers().firstValue("Location")).isEmpty();

        String etag = "\"" + EndToEndTest.md5(content) + "\"";
        HttpResponse<Void> cached = NO_REDIRECTS.send(HttpRequest.newBuilder(link).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(cached.statusCode()).isEqualTo(304);
    }

    private Service serve(String... extra) throws IOException {
        Path dir = Files.createTempDirectory("private-files-instance");
        dirs.add(dir);
        var args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(List.of(extra));
        Service service = cli(dir, args.toArray(String[]::new)).service();
        services.add(service);
        return service;
    }

    private CliRun cli(Path dir, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.toString()));
        all.addAll(sharedFlags);
        return CliRun.of(S3Flags.credentials(), all.toArray(String[]::new));
    }

    private JsonNode upload(ApiClient api, String name, byte[] content) {
        HttpResponse<byte[]> response = api.upload(files, new Multipart().file("file_contents", name, content));
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return ApiClient.json(response);
    }

    private static List<Long> ids(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        var ids = new ArrayList<Long>();
        ApiClient.json(response).forEach(file -> ids.add(file.get("id").asLong()));
        return ids;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
