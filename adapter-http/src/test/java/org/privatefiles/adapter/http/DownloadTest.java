package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.Md5;
import org.privatefiles.domain.throttle.ThrottleLimits;

class DownloadTest {
    private static final byte[] OLD_SECRET = "an-older-secret-key-0123456789".getBytes(StandardCharsets.US_ASCII);
    private static final String CONTENT = "0123456789abcdefghij";

    @RegisterExtension
    final TestApi api = TestApi.start(CoreSettings.defaults(), s -> s.withPreviousKey("k1", OLD_SECRET));
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);
    private final JsonNode file = api.upload(org, pro, "Wimada Shop Logo.png", CONTENT.getBytes(StandardCharsets.UTF_8));
    private final String link = TestApi.local(file.get("file_contents").asText());

    @Test
    void the_link_names_the_file_by_a_url_safe_form_of_the_uploaded_name() {
        assertThat(file.get("file_contents").asText())
                .startsWith(TestApi.BASE_URL + "/media/private/" + file.get("id").asLong() + "/Wimada_Shop_Logo.png?Expires=");
    }

    @Test
    void a_rename_changes_neither_the_link_name_nor_the_content_type() {
        JsonNode plan = api.upload(org, pro, "plan.pdf", new byte[] {1, 2, 3});

        JsonNode renamed = TestApi.json(api.patchJson(pro, TestApi.file(org, plan.get("id").asLong()), "{\"title\": \"Plan\"}"));
        var response = api.send(api.request(TestApi.local(renamed.get("file_contents").asText())).GET());

        assertThat(renamed.get("file_contents").asText()).contains("/plan.pdf?Expires=");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"Plan.pdf\"; filename*=UTF-8''Plan.pdf");
    }

    @Test
    void the_titles_extension_gives_the_content_type_before_the_uploaded_names() {
        JsonNode picture = api.upload(org, pro, "scan.pdf", new byte[] {1}, "title", "scan.png");

        var response = api.send(api.request(TestApi.local(picture.get("file_contents").asText())).GET());

        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> d.contains("filename=\"scan.png\""));
    }

    @Test
    void a_geojson_site_model_downloads_as_geo_json() {
        JsonNode model = api.upload(org, pro, "site_model_23389.geojson", "{}".getBytes(StandardCharsets.UTF_8));

        var response = api.send(api.request(TestApi.local(model.get("file_contents").asText())).GET());

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
    }

    @Test
    void a_chunked_upload_is_named_after_the_title_it_started_with() {
        var started = TestApi.json(api.postJson(pro, TestApi.files(org), "{\"title\": \"roof scan.geojson\"}"));
        String path = TestApi.file(org, started.get("id").asLong());
        api.send(api.as(pro, path + "parts/1/").header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        api.patchJson(pro, path, "{\"title\": \"Roof\"}");

        JsonNode completed = TestApi.json(api.postJson(pro, path + "complete/", "{}"));
        var response = api.send(api.request(TestApi.local(completed.get("file_contents").asText())).GET());

        assertThat(completed.get("file_contents").asText()).contains("/roof_scan.geojson?Expires=");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> d.contains("filename=\"Roof.geojson\""));
    }

    @Test
    void a_signed_link_serves_the_bytes_without_authorization() {
        var response = api.send(api.request(link).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(CONTENT);
        assertThat(response.headers().firstValue("Content-Length")).hasValue("20");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + Md5.hexOf(CONTENT) + "\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("private");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"Wimada Shop Logo.png\"; filename*=UTF-8''Wimada%20Shop%20Logo.png");
    }

    @Test
    void downloads_are_not_throttled() {
        var limited = TestApi.start(CoreSettings.defaults().withThrottleLimits(new ThrottleLimits(2, 2)));
        try {
            OrgId o = limited.org();
            var user = limited.pro(o);
            String url = TestApi.local(limited.upload(o, user, "a.txt", new byte[] {1}).get("file_contents").asText());
            for (int i = 0; i < 5; i++) {
                assertThat(limited.send(limited.request(url).GET()).statusCode()).isEqualTo(200);
            }
        } finally {
            limited.close();
        }
    }

    @Test
    void head_answers_the_headers_without_a_body() {
        var response = api.send(api.request(link).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).hasValue("20");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void a_single_range_is_206_with_content_range() {
        var response = api.send(api.request(link).header("Range", "bytes=2-5").GET());

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo("2345");
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 2-5/20");
        assertThat(response.headers().firstValue("Content-Length")).hasValue("4");
    }

    @Test
    void a_suffix_range_serves_the_last_bytes() {
        var response = api.send(api.request(link).header("Range", "bytes=-3").GET());

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo("hij");
    }

    @Test
    void an_unsatisfiable_range_is_416_with_the_size() {
        var response = api.send(api.request(link).header("Range", "bytes=50-").GET());

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */20");
    }

    @Test
    void if_none_match_with_the_etag_is_304() {
        var response = api.send(api.request(link).header("If-None-Match", "\"" + Md5.hexOf(CONTENT) + "\"").GET());

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void a_tampered_link_is_403() {
        String otherFile = link.replace("/media/private/" + file.get("id").asLong() + "/", "/media/private/999/");

        var response = api.send(api.request(otherFile).GET());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestApi.json(response).has("detail")).isTrue();
    }

    @Test
    void a_link_with_a_changed_expiry_is_403() {
        String extended = link.replaceFirst("Expires=(\\d+)", "Expires=99999999999");

        assertThat(api.send(api.request(extended).GET()).statusCode()).isEqualTo(403);
    }

    @Test
    void an_unsigned_link_is_403() {
        String unsigned = link.substring(0, link.indexOf('?'));

        assertThat(api.send(api.request(unsigned).GET()).statusCode()).isEqualTo(403);
    }

    @Test
    void an_unknown_key_id_is_403() {
        assertThat(api.send(api.request(link.replace("Key-Id=k2", "Key-Id=k9")).GET()).statusCode()).isEqualTo(403);
    }

    @Test
    void an_expired_link_is_403() {
        api.clock.advance(Duration.ofHours(1).plusSeconds(1));

        var response = api.send(api.request(link).GET());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestApi.json(response).get("detail").asText()).isEqualTo("This link has expired.");
    }

    @Test
    void a_link_signed_with_an_older_key_still_works_after_rotation() {
        var rotated = TestApi.start(CoreSettings.defaults(), s -> HttpSettings.of(TestApi.BASE_URL, "k1", OLD_SECRET).withClock(s.clock()));
        try {
            OrgId o = rotated.org();
            var user = rotated.pro(o);
            String oldLink = TestApi.local(rotated.upload(o, user, "a.txt", new byte[] {7}).get("file_contents").asText());
            assertThat(oldLink).contains("Key-Id=k1");
            // the same file served by an instance that signs with k2 and still accepts k1
            var next = HttpApi.create(rotated.core, HttpSettings.of(TestApi.BASE_URL, "k2", TestApi.SECRET)
                    .withPreviousKey("k1", OLD_SECRET).withClock(rotated.clock)).start("127.0.0.1", 0);
            try {
                var response = rotated.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + next.port() + oldLink)).GET());
                assertThat(response.statusCode()).isEqualTo(200);
            } finally {
                next.stop();
            }
        } finally {
            rotated.close();
        }
    }

    @Test
    void a_deleted_files_link_is_404() {
        api.delete(pro, TestApi.file(org, file.get("id").asLong()));

        var response = api.send(api.request(link).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
    }

    @Test
    void a_link_whose_content_is_gone_from_storage_is_a_clean_404() {
        var stored = api.files.find(FileId.of(file.get("id").asLong())).orElseThrow();
        api.content.delete(stored.content().storageKey());

        var response = api.send(api.request(link).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
    }

    @Test
    void an_unknown_extension_is_served_as_octet_stream_with_an_rfc_5987_name() {
        JsonNode odd = api.upload(org, pro, "Ünïcode report.xyz123", new byte[] {1, 2});

        var response = api.send(api.request(TestApi.local(odd.get("file_contents").asText())).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"_n_code report.xyz123\"; filename*=UTF-8''%C3%9Cn%C3%AFcode%20report.xyz123");
    }
}
