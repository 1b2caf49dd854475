package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.adapter.http.contract.Multipart;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.file.Md5;

/** The message texts of the chunked-upload calls' 400s that no other test pins, byte for byte. */
class ChunkedUploadErrorTextsTest {
    @RegisterExtension
    final TestApi api = TestApi.start(CoreSettings.defaults().withMinPartBytes(4));
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);

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
