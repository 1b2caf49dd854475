package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.file.Md5;

class PrivateFileResourceTest {
    @RegisterExtension
    final TestApi api = TestApi.start();
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);

    @Test
    void a_file_object_has_the_24_fields_in_the_contract_order() {
        JsonNode file = api.upload(org, pro, "site_model.geojson", "{}".getBytes(StandardCharsets.UTF_8));

        List<String> names = new ArrayList<>();
        file.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("url", "id", "org", "project", "user", "document_template", "title",
                "file_contents", "filesize", "file_tags", "file_tags_data", "system_uuid", "input_data",
                "input_data_hash", "file_hash", "status", "status_message", "show_customer", "temporary",
                "upload_id", "parts", "completed_on", "created_date", "modified_date");
    }

    @Test
    void urls_are_absolute_from_the_base_url_and_end_in_a_slash() {
        var project = api.core.administration().createProject(org, "Roof");
        var template = api.core.administration().createDocumentTemplate(org, "Proposal");
        JsonNode file = api.upload(org, pro, "a.pdf", new byte[] {1}, "project", Long.toString(project.id().value()),
                "document_template", Long.toString(template.id().value()), "file_tags", "47");
        long id = file.get("id").asLong();

        assertThat(file.get("url").asText()).isEqualTo(TestApi.BASE_URL + "/api/orgs/" + org.value() + "/private_files/" + id + "/");
        assertThat(file.get("org").asText()).isEqualTo(TestApi.BASE_URL + "/api/orgs/" + org.value() + "/");
        assertThat(file.get("project").asText())
                .isEqualTo(TestApi.BASE_URL + "/api/orgs/" + org.value() + "/projects/" + project.id().value() + "/");
        assertThat(file.get("user").asText()).isEqualTo(TestApi.BASE_URL + "/api/global_users/" + pro.id().value() + "/");
        assertThat(file.get("document_template").asText())
                .isEqualTo(TestApi.BASE_URL + "/api/orgs/" + org.value() + "/document_templates/" + template.id().value() + "/");
        assertThat(file.get("file_tags").get(0).asText()).isEqualTo(TestApi.BASE_URL + "/api/file_tags/47/");
    }

    @Test
    void file_tags_data_holds_url_title_type_and_id_of_each_tag() {
        JsonNode file = api.upload(org, pro, "a.pdf", new byte[] {1}, "file_tags", "47");

        JsonNode tag = file.get("file_tags_data").get(0);
        List<String> names = new ArrayList<>();
        tag.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("url", "title", "type", "id");
        assertThat(tag.get("title").asText()).isEqualTo("Site Model");
        assertThat(tag.get("type").asText()).isEqualTo("private");
        assertThat(tag.get("id").asLong()).isEqualTo(47);
    }

    @Test
    void timestamps_are_utc_with_six_fraction_digits() {
        JsonNode file = api.upload(org, pro, "a.pdf", new byte[] {1});

        assertThat(file.get("created_date").asText()).isEqualTo("2026-02-11T01:50:41.756421Z");
        assertThat(file.get("modified_date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
    }

    @Test
    void empty_fields_are_null_and_flags_default_to_false() {
        JsonNode file = api.upload(org, pro, "a.pdf", new byte[] {1});

        for (String field : List.of("project", "document_template", "system_uuid", "input_data", "input_data_hash",
                "status_message", "upload_id", "parts", "completed_on")) {
            assertThat(file.get(field).isNull()).as(field).isTrue();
        }
        assertThat(file.get("show_customer").asBoolean()).isFalse();
        assertThat(file.get("temporary").asBoolean()).isFalse();
        assertThat(file.get("file_tags").isArray()).isTrue();
        assertThat(file.get("status").asText()).isEqualTo("created");
    }

    @Test
    void retrieve_returns_the_object_with_a_freshly_signed_link() {
        JsonNode created = api.upload(org, pro, "a.pdf", new byte[] {1, 2, 3});

        var response = api.get(pro, TestApi.file(org, created.get("id").asLong()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode file = TestApi.json(response);
        assertThat(file.get("filesize").asLong()).isEqualTo(3);
        assertThat(file.get("file_hash").asText()).isEqualTo("5289df737df57326fcdd22597afb1fac");
        assertThat(file.get("file_contents").asText())
                .startsWith(TestApi.BASE_URL + "/media/private/" + created.get("id").asLong() + "/a.pdf?Expires=")
                .contains("&Signature=").endsWith("&Key-Id=k2");
    }

    @Test
    void responses_are_json_in_utf_8() {
        JsonNode created = api.upload(org, pro, "a.pdf", new byte[] {1});

        var response = api.get(pro, TestApi.file(org, created.get("id").asLong()));

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    }

    @Test
    void a_path_without_the_trailing_slash_is_the_same_route() {
        JsonNode created = api.upload(org, pro, "a.pdf", new byte[] {1});
        String path = TestApi.file(org, created.get("id").asLong());

        var response = api.get(pro, path.substring(0, path.length() - 1));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestApi.json(response).get("id").asLong()).isEqualTo(created.get("id").asLong());
    }

    @Test
    void a_file_of_another_org_is_not_found() {
        OrgId other = api.org();
        TestApi.User otherPro = api.pro(other);
        JsonNode theirs = api.upload(other, otherPro, "a.pdf", new byte[] {1});

        var response = api.get(pro, TestApi.file(org, theirs.get("id").asLong()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
    }

    @Test
    void a_non_numeric_file_id_is_not_found() {
        var response = api.get(pro, TestApi.files(org) + "abc/");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void input_data_is_returned_as_the_json_it_was_given_with_its_md5_as_default_hash() {
        JsonNode created = api.upload(org, pro, "a.pdf", new byte[] {1}, "input_data", "{\"b\": 1.10, \"a\": [true, null]}");

        var response = api.get(pro, TestApi.file(org, created.get("id").asLong()));
        assertThat(response.body()).contains("\"input_data\":{\"b\":1.10,\"a\":[true,null]},");
        JsonNode file = TestApi.json(response);
        // MD5 of the canonical text {"a":[true,null],"b":1.10}
        assertThat(file.get("input_data_hash").asText())
                .isEqualTo(Md5.hexOf("{\"a\":[true,null],\"b\":1.10}"));
    }

    @Test
    void the_default_input_data_hash_sorts_the_keys_of_nested_objects_too() {
        JsonNode created = api.upload(org, pro, "a.pdf", new byte[] {1}, "input_data",
                "{\"z\": {\"y\": 1, \"x\": [{\"q\": 2, \"p\": 3}]}, \"a\": 0}");

        JsonNode file = TestApi.json(api.get(pro, TestApi.file(org, created.get("id").asLong())));
        assertThat(file.get("input_data_hash").asText())
                .isEqualTo(Md5.hexOf("{\"a\":0,\"z\":{\"x\":[{\"p\":3,\"q\":2}],\"y\":1}}"));
    }
}
