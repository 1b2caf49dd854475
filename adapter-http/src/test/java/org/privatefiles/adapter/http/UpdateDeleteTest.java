package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.adapter.http.contract.Multipart;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.file.Md5;

class UpdateDeleteTest {
    @RegisterExtension
    final TestApi api = TestApi.start();
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);
    private final JsonNode created = api.upload(org, pro, "a.pdf", "one".getBytes(StandardCharsets.UTF_8), "status_message", "keep");
    private final String path = TestApi.file(org, created.get("id").asLong());

    @Test
    void json_patch_changes_only_the_fields_given() {
        api.clock.advance(Duration.ofSeconds(2));

        var response = api.patchJson(pro, path, "{\"title\": \"new title\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode file = TestApi.json(response);
        assertThat(file.get("title").asText()).isEqualTo("new title");
        assertThat(file.get("status_message").asText()).isEqualTo("keep");
        assertThat(file.get("modified_date").asText()).isEqualTo("2026-02-11T01:50:43.756421Z");
        assertThat(file.get("created_date").asText()).isEqualTo("2026-02-11T01:50:41.756421Z");
    }

    @Test
    void read_only_and_unknown_keys_are_ignored() {
        var response = api.patchJson(pro, path, "{\"id\": 999, \"file_hash\": \"x\", \"filesize\": 1, \"whatever\": true}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode file = TestApi.json(response);
        assertThat(file.get("id").asLong()).isEqualTo(created.get("id").asLong());
        assertThat(file.get("file_hash").asText()).isEqualTo(created.get("file_hash").asText());
    }

    @Test
    void type_errors_are_400_with_a_message_per_field() {
        var response = api.patchJson(pro, path,
                "{\"file_tags\": \"Extra File\", \"system_uuid\": \"nope\", \"show_customer\": \"perhaps\", \"title\": [1]}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = TestApi.json(response);
        assertThat(errors.get("file_tags").get(0).asText()).isEqualTo("Expected a list of items but got type \"str\".");
        assertThat(errors.get("system_uuid").get(0).asText()).isEqualTo("Must be a valid UUID.");
        assertThat(errors.get("show_customer").get(0).asText()).isEqualTo("Must be a valid boolean.");
        assertThat(errors.get("title").get(0).asText()).isEqualTo("Not a valid string.");
    }

    @Test
    void a_number_or_a_list_for_a_text_field_is_a_type_error_and_changes_nothing() {
        var response = api.patchJson(pro, path, "{\"title\": 123, \"status\": [\"created\"], \"status_message\": 4.5}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = TestApi.json(response);
        assertThat(errors.get("title").get(0).asText()).isEqualTo("Not a valid string.");
        assertThat(errors.get("status").get(0).asText()).isEqualTo("Not a valid string.");
        assertThat(errors.get("status_message").get(0).asText()).isEqualTo("Not a valid string.");
        assertThat(TestApi.json(api.get(pro, path)).get("title").asText()).isEqualTo("a.pdf");
    }

    @Test
    void errors_of_the_core_and_of_the_request_are_reported_together() {
        var response = api.patchJson(pro, path, "{\"title\": \"\", \"system_uuid\": \"nope\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = TestApi.json(response);
        assertThat(errors.get("title").get(0).asText()).isEqualTo("This field may not be blank.");
        assertThat(errors.get("system_uuid").get(0).asText()).isEqualTo("Must be a valid UUID.");
    }

    @Test
    void a_json_patch_with_file_contents_is_not_a_file() {
        var response = api.patchJson(pro, path, "{\"file_contents\": \"aGVsbG8=\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestApi.json(response).get("file_contents").get(0).asText())
                .isEqualTo("The submitted data was not a file. Check the encoding type on the form.");
    }

    @Test
    void a_document_template_of_the_org_may_be_set_and_an_unknown_one_is_400() {
        var template = api.core.administration().createDocumentTemplate(org, "Proposal");

        var set = api.patchJson(pro, path, "{\"document_template\": " + template.id().value() + "}");
        var unknown = api.patchJson(pro, path, "{\"document_template\": 99999999}");

        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(TestApi.json(set).get("document_template").asText())
                .endsWith("/api/orgs/" + org.value() + "/document_templates/" + template.id().value() + "/");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(TestApi.json(unknown).get("document_template").get(0).asText())
                .isEqualTo("Invalid pk \"99999999\" - object does not exist.");
    }

    @Test
    void references_may_be_ids_urls_or_paths_and_null_detaches() {
        var project = api.core.administration().createProject(org, "Roof");
        String projectUrl = TestApi.BASE_URL + "/api/orgs/" + org.value() + "/projects/" + project.id().value() + "/";

        JsonNode byUrl = TestApi.json(api.patchJson(pro, path, "{\"project\": \"" + projectUrl + "\", \"file_tags\": [38, \"Site Model\"]}"));
        JsonNode byId = TestApi.json(api.patchJson(pro, path, "{\"project\": " + project.id().value() + "}"));
        JsonNode detached = TestApi.json(api.patchJson(pro, path, "{\"project\": null, \"file_tags\": []}"));

        assertThat(byUrl.get("project").asText()).isEqualTo(projectUrl);
        assertThat(byUrl.get("file_tags").size()).isEqualTo(2);
        assertThat(byId.get("project").asText()).isEqualTo(projectUrl);
        assertThat(detached.get("project").isNull()).isTrue();
        assertThat(detached.get("file_tags").size()).isZero();
    }

    @Test
    void an_unknown_tag_is_an_invalid_hyperlink() {
        var response = api.patchJson(pro, path, "{\"file_tags\": [\"No Such Tag\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"file_tags\":[\"Invalid hyperlink - Object does not exist.\"]}");
    }

    @Test
    void a_non_object_json_body_is_a_non_field_error() {
        var response = api.patchJson(pro, path, "[1, 2]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}");
    }

    @Test
    void a_multipart_patch_with_a_file_part_replaces_the_content() {
        var form = new Multipart().field("title", "two.txt").file("file_contents", "two.txt", "two!".getBytes(StandardCharsets.UTF_8));

        var response = api.send(api.as(pro, path).header("Content-Type", form.contentType())
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(form.bytes())));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode file = TestApi.json(response);
        assertThat(file.get("filesize").asLong()).isEqualTo(4);
        assertThat(file.get("file_hash").asText()).isEqualTo(Md5.hexOf("two!"));
        assertThat(api.content.keyCount()).isEqualTo(1);
    }

    @Test
    void put_on_a_file_is_405_with_allow() {
        var response = api.send(api.as(pro, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, PATCH, DELETE, HEAD, OPTIONS");
        assertThat(response.body()).isEqualTo("{\"detail\":\"Method \\\"PUT\\\" not allowed.\"}");
    }

    @Test
    void delete_answers_204_with_an_empty_body_and_removes_the_content() {
        var response = api.delete(pro, path);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(api.content.keyCount()).isZero();
        assertThat(api.get(pro, path).statusCode()).isEqualTo(404);
    }

    @Test
    void deleting_a_missing_file_is_404() {
        var response = api.delete(pro, TestApi.file(org, 987654));

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
