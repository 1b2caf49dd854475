package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.adapter.http.contract.Multipart;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.file.Md5;

class ChunkedUploadTest {
    @RegisterExtension
    final TestApi api = TestApi.start(CoreSettings.defaults().withMinPartBytes(4));
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);

    @Test
    void a_json_create_starts_an_upload_without_content() {
        var response = api.postJson(pro, TestApi.files(org), "{\"title\": \"big.bin\", \"file_tags\": [38]}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode file = TestApi.json(response);
        assertThat(response.headers().firstValue("Location")).hasValue(file.get("url").asText());
        assertThat(file.get("upload_id").asText()).isNotBlank();
        assertThat(file.get("status").asText()).isEqualTo("uploading");
        assertThat(file.get("parts").isArray() && file.get("parts").isEmpty()).isTrue();
        assertThat(file.get("file_contents").isNull()).isTrue();
        assertThat(file.get("filesize").isNull()).isTrue();
        assertThat(file.get("completed_on").isNull()).isTrue();
    }

    @Test
    void a_json_create_without_title_is_400() {
        var response = api.postJson(pro, TestApi.files(org), "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"title\":[\"This field is required.\"]}");
    }

    @Test
    void parts_are_stored_shown_on_retrieve_and_joined_on_complete() {
        long id = start();
        var one = putPart(id, 1, "abcd", null);
        var two = putPart(id, 2, "ef", null);

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).isEqualTo("{\"part_number\":1,\"size\":4,\"etag\":\"" + Md5.hexOf("abcd") + "\"}");
        assertThat(TestApi.json(api.get(pro, TestApi.file(org, id))).get("parts").size()).isEqualTo(2);

        var done = api.postJson(pro, TestApi.file(org, id) + "complete/", "{\"parts\": [{\"part_number\": 1, \"etag\": \""
                + Md5.hexOf("abcd") + "\"}, {\"part_number\": 2, \"etag\": \"" + TestApi.json(two).get("etag").asText() + "\"}]}");

        assertThat(done.statusCode()).isEqualTo(200);
        JsonNode file = TestApi.json(done);
        assertThat(file.get("filesize").asLong()).isEqualTo(6);
        assertThat(file.get("file_hash").asText()).isEqualTo(Md5.hexOf("abcdef"));
        assertThat(file.get("status").asText()).isEqualTo("created");
        assertThat(file.get("completed_on").isNull()).isFalse();
        var download = api.send(api.request(TestApi.local(file.get("file_contents").asText())).GET());
        assertThat(download.body()).isEqualTo("abcdef");
    }

    @Test
    void complete_without_a_body_joins_every_received_part() {
        long id = start();
        putPart(id, 2, "ef", null);
        putPart(id, 1, "abcd", null);

        var done = api.send(api.as(pro, TestApi.file(org, id) + "complete").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(TestApi.json(done).get("file_hash").asText()).isEqualTo(Md5.hexOf("abcdef"));
    }

    @Test
    void a_listed_part_with_a_wrong_etag_is_400_and_nothing_changes() {
        long id = start();
        putPart(id, 1, "abcd", null);

        var done = api.postJson(pro, TestApi.file(org, id) + "complete/", "{\"parts\": [{\"part_number\": 1, \"etag\": \"bad\"}]}");

        assertThat(done.statusCode()).isEqualTo(400);
        assertThat(TestApi.json(done).has("parts")).isTrue();
        assertThat(TestApi.json(api.get(pro, TestApi.file(org, id))).get("status").asText()).isEqualTo("uploading");
    }

    @Test
    void a_content_md5_in_base64_or_hex_is_checked() {
        long id = start();
        byte[] digest = HexFormat.of().parseHex(Md5.hexOf("abcd"));

        assertThat(putPart(id, 1, "abcd", Base64.getEncoder().encodeToString(digest)).statusCode()).isEqualTo(200);
        assertThat(putPart(id, 2, "abcd", Md5.hexOf("abcd")).statusCode()).isEqualTo(200);
    }

    @Test
    void a_content_md5_mismatch_is_400_and_the_part_is_discarded() {
        long id = start();

        var response = putPart(id, 1, "abcd", Base64.getEncoder().encodeToString(new byte[16]));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestApi.json(response).has("Content-MD5")).isTrue();
        assertThat(TestApi.json(api.get(pro, TestApi.file(org, id))).get("parts").size()).isZero();
        assertThat(api.content.keyCount()).isZero();
    }

    @Test
    void a_part_number_out_of_range_is_400() {
        long id = start();

        assertThat(putPart(id, 10001, "abcd", null).statusCode()).isEqualTo(400);
    }

    @Test
    void another_members_upload_refuses_parts_like_any_write_without_access() {
        long id = start();
        var member = api.member(org, Role.PRO, false, false, ProjectScope.ASSIGNED, AccessLevel.VIEW);

        var response = api.send(api.as(member, TestApi.file(org, id) + "parts/1/").header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofString("abcd")));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void deleting_an_upload_aborts_it_and_removes_its_parts() {
        long id = start();
        putPart(id, 1, "abcd", null);

        assertThat(api.delete(pro, TestApi.file(org, id)).statusCode()).isEqualTo(204);
        assertThat(api.content.keyCount()).isZero();
    }

    @Test
    void a_malformed_content_md5_is_refused() {
        var response = putPart(start(), 1, "abcd", "zz");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"Content-MD5\":[\"Invalid Content-MD5 header:"
                + " expected the base64 (RFC 1864) or hex MD5 of the part.\"]}");
    }

    @Test
    void a_part_whose_md5_differs_from_content_md5_names_its_md5() {
        var response = putPart(start(), 1, "abcd", "0".repeat(32));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"Content-MD5\":[\"The part's MD5 " + Md5.hexOf("abcd")
                + " does not match Content-MD5.\"]}");
    }

    @Test
    void a_part_number_over_10000_is_out_of_range() {
        var response = putPart(start(), 10_001, "abcd", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"part_number\":[\"Ensure this value is between 1 and 10000.\"]}");
    }

    @Test
    void completing_without_parts_is_refused() {
        assertThat(complete(start(), "{}")).isEqualTo("{\"parts\":[\"No parts were uploaded.\"]}");
    }

    @Test
    void a_part_smaller_than_the_minimum_before_the_last_is_refused() {
        long id = start();
        putPart(id, 1, "ab", null);
        putPart(id, 2, "cd", null);

        assertThat(complete(id, "{}")).isEqualTo(
                "{\"parts\":[\"Part 1 is smaller than the minimum of 4 bytes; only the last part may be smaller.\"]}");
    }

    @Test
    void every_problem_of_a_parts_list_is_reported() {
        long id = start();
        putPart(id, 1, "abcd", null);

        assertThat(complete(id, "{\"parts\": [{\"part_number\": 1, \"etag\": \"x\"}, {\"part_number\": 1, \"etag\": \"x\"},"
                + " {\"part_number\": 3, \"etag\": \"x\"}]}")).isEqualTo("{\"parts\":[\"Part 1 has etag " + Md5.hexOf("abcd")
                + ", not x.\",\"Parts must be listed in ascending order of part_number without repeats.\","
                + "\"Part 3 was not uploaded.\"]}");
    }

    @Test
    void a_part_reference_without_an_etag_is_refused() {
        assertThat(complete(start(), "{\"parts\": [{\"part_number\": 1}]}"))
                .isEqualTo("{\"parts\":[\"Each part needs an integer part_number and a string etag.\"]}");
    }

    @Test
    void completing_a_file_without_an_upload_in_progress_is_a_non_field_error() {
        long id = api.upload(org, pro, "a.txt", new byte[] {1}).get("id").asLong();

        assertThat(complete(id, "{}")).isEqualTo("{\"non_field_errors\":[\"This file has no chunked upload in progress.\"]}");
    }

    @Test
    void new_content_for_a_file_being_uploaded_in_chunks_is_refused() {
        long id = start();
        var response = api.send(api.as(pro, TestApi.file(org, id)).header("Content-Type", new Multipart().contentType())
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(
                        new Multipart().file("file_contents", "a.txt", new byte[] {1}).bytes())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"file_contents\":[\"Complete or abort the chunked upload first.\"]}");
    }

    private long start() {
        var response = api.postJson(pro, TestApi.files(org), "{\"title\": \"big.bin\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return TestApi.json(response).get("id").asLong();
    }

    private HttpResponse<String> putPart(long id, int n, String content, String md5) {
        var request = api.as(pro, TestApi.file(org, id) + "parts/" + n + "/").header("Content-Type", "application/octet-stream");
        if (md5 != null) {
            request.header("Content-MD5", md5);
        }
        return api.send(request.PUT(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)));
    }

    private String complete(long id, String json) {
        HttpResponse<String> response = api.postJson(pro, TestApi.file(org, id) + "complete/", json);
        assertThat(response.statusCode()).isEqualTo(400);
        return response.body();
    }
}
