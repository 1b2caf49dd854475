package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.adapter.http.contract.Multipart;
import org.privatefiles.domain.actor.OrgId;

/** The DRF message texts of field errors in file writes and listings that no other test pins, byte for byte. */
class FieldErrorTextsTest {
    @RegisterExtension
    final TestApi api = TestApi.start();
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);

    @Test
    void a_null_title_may_not_be_null() {
        assertThat(patch("{\"title\": null}")).isEqualTo("{\"title\":[\"This field may not be null.\"]}");
    }

    @Test
    void a_title_with_a_nul_character_is_refused() {
        assertThat(patch("{\"title\": \"a\\u0000b\"}")).isEqualTo("{\"title\":[\"Null characters are not allowed.\"]}");
    }

    @Test
    void a_project_url_of_another_resource_matches_no_url() {
        assertThat(patch("{\"project\": \"/api/file_tags/1/\"}"))
                .isEqualTo("{\"project\":[\"Invalid hyperlink - No URL match.\"]}");
    }

    @Test
    void a_project_of_the_wrong_type_names_the_type_received() {
        assertThat(patch("{\"project\": true}"))
                .isEqualTo("{\"project\":[\"Incorrect type. Expected URL string, received bool.\"]}");
    }

    @Test
    void an_unknown_project_id_is_an_invalid_hyperlink() {
        assertThat(patch("{\"project\": 99999999}"))
                .isEqualTo("{\"project\":[\"Invalid hyperlink - Object does not exist.\"]}");
    }

    @Test
    void a_status_over_64_characters_is_too_long() {
        assertThat(patch("{\"status\": \"" + "s".repeat(65) + "\"}"))
                .isEqualTo("{\"status\":[\"Ensure this field has no more than 64 characters.\"]}");
    }

    @Test
    void errors_of_several_fields_are_reported_together() {
        assertThat(patch("{\"title\": \"\", \"system_uuid\": \"nope\", \"temporary\": null}"))
                .isEqualTo("{\"system_uuid\":[\"Must be a valid UUID.\"],\"title\":[\"This field may not be blank.\"],"
                        + "\"temporary\":[\"This field may not be null.\"]}");
    }

    @Test
    void form_input_data_that_is_not_json_is_refused() {
        long id = api.upload(org, pro, "a.txt", new byte[] {1}).get("id").asLong();
        var response = api.send(api.as(pro, TestApi.file(org, id)).header("Content-Type", "application/x-www-form-urlencoded")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("input_data=%7Bnope")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"input_data\":[\"Value must be valid JSON.\"]}");
    }

    @Test
    void an_upload_whose_file_hash_differs_names_the_content_md5() {
        var response = api.postMultipart(pro, TestApi.files(org),
                new Multipart().field("file_hash", "0".repeat(32)).file("file_contents", "a.txt", "abc".getBytes()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"file_hash\":[\"The file hash does not match the uploaded content"
                + " (MD5 900150983cd24fb0d6963f7d28e17f72).\"]}");
    }

    @Test
    void a_listing_limit_out_of_range_is_refused() {
        assertThat(list("limit=0")).isEqualTo("{\"limit\":[\"Ensure this value is between 1 and 1000.\"]}");
    }

    @Test
    void a_listing_page_below_one_is_an_invalid_page() {
        assertThat(list("limit=10&page=0")).isEqualTo("{\"page\":[\"Invalid page.\"]}");
    }

    @Test
    void a_listing_range_is_checked_for_syntax_order_and_size() {
        assertThat(list("range=5")).isEqualTo("{\"range\":[\"Expected [first,last].\"]}");
        assertThat(list("range=%5B5,1%5D")).isEqualTo("{\"range\":[\"Expected 0 <= first <= last.\"]}");
        assertThat(list("range=%5B0,2147483647%5D")).isEqualTo("{\"range\":[\"Range too large.\"]}");
    }

    @Test
    void listing_filter_errors_are_reported_together() {
        assertThat(list("project=nope&user_id=0&search=a%00b")).isEqualTo(
                "{\"project\":[\"Select a valid choice. That choice is not one of the available choices.\"],"
                        + "\"user_id\":[\"Ensure this value is greater than or equal to 1.\"],"
                        + "\"search\":[\"Null characters are not allowed.\"]}");
    }

    @Test
    void an_unknown_excluded_tag_is_named() {
        assertThat(list("file_tags_exclude=Nope")).isEqualTo("{\"file_tags_exclude\":[\"Unknown file tag: Nope\"]}");
    }

    private String patch(String json) {
        long id = api.upload(org, pro, "a.txt", new byte[] {1}).get("id").asLong();
        HttpResponse<String> response = api.patchJson(pro, TestApi.file(org, id), json);
        assertThat(response.statusCode()).isEqualTo(400);
        return response.body();
    }

    private String list(String query) {
        HttpResponse<String> response = api.get(pro, TestApi.files(org) + "?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        return response.body();
    }
}
