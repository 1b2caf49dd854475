package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.adapter.http.contract.Multipart;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.file.Md5;

class CreateFileTest {
    private static final String NOT_A_FILE = "The submitted data was not a file. Check the encoding type on the form.";
    @RegisterExtension
    final TestApi api = TestApi.start(CoreSettings.defaults().withMaxUploadBytes(64 * 1024));
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);

    @Test
    void multipart_create_answers_201_with_location_and_the_object() {
        var form = new Multipart().field("title", "My Document").file("file_contents", "file.pdf", bytes("hello"));

        var response = api.postMultipart(pro, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode file = TestApi.json(response);
        assertThat(response.headers().firstValue("Location")).hasValue(file.get("url").asText());
        assertThat(file.get("title").asText()).isEqualTo("My Document");
        assertThat(file.get("filesize").asLong()).isEqualTo(5);
        assertThat(file.get("file_hash").asText()).isEqualTo(Md5.hexOf("hello"));
        assertThat(file.get("status").asText()).isEqualTo("created");
        assertThat(file.get("user").asText()).endsWith("/api/global_users/" + pro.id().value() + "/");
    }

    @Test
    void fields_after_the_file_part_are_applied_too() {
        var form = new Multipart().file("file_contents", "file.pdf", bytes("hello"))
                .field("title", "After").field("show_customer", "1").field("status_message", "late");

        JsonNode file = TestApi.json(api.postMultipart(pro, TestApi.files(org), form));

        assertThat(file.get("title").asText()).isEqualTo("After");
        assertThat(file.get("show_customer").asBoolean()).isTrue();
        assertThat(file.get("status_message").asText()).isEqualTo("late");
    }

    @Test
    void the_title_defaults_to_the_uploaded_file_name() {
        JsonNode file = api.upload(org, pro, "site_model_23389.geojson", bytes("{}"));

        assertThat(file.get("title").asText()).isEqualTo("site_model_23389.geojson");
    }

    @Test
    void content_larger_than_the_parser_chunks_is_stored_exactly() {
        byte[] content = new byte[60_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + (i >> 8));
        }

        JsonNode file = api.upload(org, pro, "big.bin", content, "title", "big");

        assertThat(file.get("filesize").asLong()).isEqualTo(content.length);
        var digest = Md5.newDigest();
        digest.update(content);
        assertThat(file.get("file_hash").asText()).isEqualTo(Md5.hex(digest));
    }

    @Test
    void file_tags_may_be_repeated_or_comma_separated_and_given_by_id_url_path_or_title() {
        var form = new Multipart().field("file_tags", "38").field("file_tags", "/api/file_tags/47/, Design Backup")
                .field("file_tags", TestApi.BASE_URL + "/api/file_tags/1/").file("file_contents", "a.pdf", bytes("x"));

        JsonNode file = TestApi.json(api.postMultipart(pro, TestApi.files(org), form));

        List<Long> ids = new ArrayList<>();
        file.get("file_tags_data").forEach(tag -> ids.add(tag.get("id").asLong()));
        assertThat(ids).containsExactly(1L, 38L, 47L, 53L);
    }

    @Test
    void multipart_booleans_accept_true_false_1_and_0() {
        JsonNode file = api.upload(org, pro, "a.pdf", bytes("x"), "show_customer", "true", "temporary", "0");

        assertThat(file.get("show_customer").asBoolean()).isTrue();
        assertThat(file.get("temporary").asBoolean()).isFalse();
    }

    @Test
    void a_bad_boolean_is_a_field_error() {
        var form = new Multipart().field("temporary", "maybe").file("file_contents", "a.pdf", bytes("x"));

        var response = api.postMultipart(pro, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"temporary\":[\"Must be a valid boolean.\"]}");
        assertThat(api.content.keyCount()).isZero();
    }

    @Test
    void system_uuid_must_be_a_uuid() {
        var form = new Multipart().field("system_uuid", "not-a-uuid").file("file_contents", "a.pdf", bytes("x"));

        var response = api.postMultipart(pro, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"system_uuid\":[\"Must be a valid UUID.\"]}");
    }

    @Test
    void an_unknown_project_is_an_invalid_hyperlink() {
        var form = new Multipart().field("project", "/api/orgs/" + org.value() + "/projects/999/")
                .file("file_contents", "a.pdf", bytes("x"));

        var response = api.postMultipart(pro, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"project\":[\"Invalid hyperlink - Object does not exist.\"]}");
        assertThat(api.content.keyCount()).isZero();
    }

    @Test
    void a_file_hash_that_does_not_match_is_400_and_nothing_is_kept() {
        var form = new Multipart().field("file_hash", Md5.hexOf("other")).file("file_contents", "a.pdf", bytes("x"));

        var response = api.postMultipart(pro, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestApi.json(response).has("file_hash")).isTrue();
        assertThat(api.content.keyCount()).isZero();
        assertThat(TestApi.json(api.get(pro, TestApi.files(org)))).isEmpty();
    }

    @Test
    void a_matching_file_hash_is_accepted() {
        JsonNode file = api.upload(org, pro, "a.pdf", bytes("x"), "file_hash", Md5.hexOf("x"));

        assertThat(file.get("file_hash").asText()).isEqualTo(Md5.hexOf("x"));
    }

    @Test
    void an_empty_file_part_is_400() {
        var form = new Multipart().file("file_contents", "empty.txt", new byte[0]);

        var response = api.postMultipart(pro, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"file_contents\":[\"The submitted file is empty.\"]}");
        assertThat(api.content.keyCount()).isZero();
    }

    @Test
    void a_missing_file_part_is_400() {
        var form = new Multipart().field("title", "no file");

        var response = api.postMultipart(pro, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"file_contents\":[\"No file was submitted.\"]}");
    }

    @Test
    void file_contents_sent_as_a_plain_form_field_is_not_a_file_and_nothing_is_created() {
        var form = new Multipart().field("title", "plain").field("file_contents", "just text");

        var response = api.postMultipart(pro, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"file_contents\":[\"" + NOT_A_FILE + "\"]}");
        assertThat(TestApi.json(api.get(pro, TestApi.files(org)))).isEmpty();
        assertThat(api.content.keyCount()).isZero();
    }

    @Test
    void a_json_create_with_file_contents_is_not_a_file_and_nothing_is_created() {
        var response = api.postJson(pro, TestApi.files(org), "{\"title\": \"x.pdf\", \"file_contents\": {}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"file_contents\":[\"" + NOT_A_FILE + "\"]}");
        assertThat(TestApi.json(api.get(pro, TestApi.files(org)))).isEmpty();
    }

    @Test
    void a_missing_file_part_is_reported_with_the_other_field_errors() {
        var form = new Multipart().field("system_uuid", "nope").field("show_customer", "perhaps");

        var response = api.postMultipart(pro, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = TestApi.json(response);
        assertThat(errors.get("file_contents").get(0).asText()).isEqualTo("No file was submitted.");
        assertThat(errors.get("system_uuid").get(0).asText()).isEqualTo("Must be a valid UUID.");
        assertThat(errors.get("show_customer").get(0).asText()).isEqualTo("Must be a valid boolean.");
    }

    @Test
    void an_unknown_document_template_is_400_and_nothing_is_kept() {
        var form = new Multipart().field("document_template", "99999999").file("file_contents", "a.pdf", bytes("x"));

        var response = api.postMultipart(pro, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"document_template\":[\"Invalid pk \\\"99999999\\\" - object does not exist.\"]}");
        assertThat(api.content.keyCount()).isZero();
    }

    @Test
    void a_document_template_of_another_org_is_400() {
        var elsewhere = api.core.administration().createDocumentTemplate(api.org(), "Other org's template");
        var form = new Multipart().field("document_template", Long.toString(elsewhere.id().value()))
                .file("file_contents", "a.pdf", bytes("x"));

        assertThat(api.postMultipart(pro, TestApi.files(org), form).statusCode()).isEqualTo(400);
    }

    @Test
    void a_json_create_collects_the_errors_of_every_field() {
        var response = api.postJson(pro, TestApi.files(org), "{\"title\": 123, \"system_uuid\": \"nope\", \"project\": 99999}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = TestApi.json(response);
        assertThat(errors.get("title").get(0).asText()).isEqualTo("Not a valid string.");
        assertThat(errors.get("system_uuid").get(0).asText()).isEqualTo("Must be a valid UUID.");
        assertThat(errors.get("project").get(0).asText()).isEqualTo("Invalid hyperlink - Object does not exist.");
    }

    @Test
    void content_over_the_maximum_is_413_and_nothing_is_kept() {
        var form = new Multipart().file("file_contents", "big.bin", new byte[64 * 1024 + 1]);

        var response = api.postMultipart(pro, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(TestApi.json(response).has("detail")).isTrue();
        assertThat(api.content.keyCount()).isZero();
        assertThat(TestApi.json(api.get(pro, TestApi.files(org)))).isEmpty();
    }

    @Test
    void content_of_exactly_the_maximum_is_accepted() {
        JsonNode file = api.upload(org, pro, "max.bin", new byte[64 * 1024]);

        assertThat(file.get("filesize").asLong()).isEqualTo(64 * 1024);
    }

    @Test
    void a_body_truncated_before_the_closing_boundary_is_400_and_nothing_is_kept() {
        var form = new Multipart().file("file_contents", "a.pdf", bytes("hello"));

        var response = api.send(api.as(pro, TestApi.files(org)).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.truncated())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestApi.json(response).get("detail").asText()).startsWith("Multipart form parse error");
        assertThat(api.content.keyCount()).isZero();
    }

    @Test
    void a_multipart_body_without_boundary_is_400() {
        var response = api.send(api.as(pro, TestApi.files(org)).header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("x")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestApi.json(response).get("detail").asText()).startsWith("Multipart form parse error");
    }

    @Test
    void an_unsupported_content_type_is_415() {
        var response = api.send(api.as(pro, TestApi.files(org)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Unsupported media type \\\"text/plain\\\" in request.\"}");
    }

    @Test
    void malformed_json_is_400_with_a_parse_error() {
        var response = api.postJson(pro, TestApi.files(org), "{\"title\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestApi.json(response).get("detail").asText()).startsWith("JSON parse error - ");
    }

    @Test
    void form_fields_with_other_file_parts_are_ignored() {
        var form = new Multipart().file("attachment", "other.txt", bytes("ignored"))
                .file("file_contents", "a.pdf", bytes("kept")).field("title", "t");

        JsonNode file = TestApi.json(api.postMultipart(pro, TestApi.files(org), form));

        assertThat(file.get("filesize").asLong()).isEqualTo(4);
        assertThat(api.content.keyCount()).isEqualTo(1);
    }

    @Test
    void concurrent_uploads_are_each_stored_intact() throws Exception {
        var futures = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        var hashes = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            byte[] content = new byte[60_000 + i];
            new Random(i).nextBytes(content);
            var digest = Md5.newDigest();
            digest.update(content);
            hashes.add(Md5.hex(digest));
            var form = new Multipart().field("title", "f" + i).file("file_contents", "f" + i, content);
            futures.add(api.http.sendAsync(api.as(pro, TestApi.files(org)).header("Content-Type", form.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build(), HttpResponse.BodyHandlers.ofString()));
        }

        for (int i = 0; i < futures.size(); i++) {
            var response = futures.get(i).get(60, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(TestApi.json(response).get("file_hash").asText()).isEqualTo(hashes.get(i));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
