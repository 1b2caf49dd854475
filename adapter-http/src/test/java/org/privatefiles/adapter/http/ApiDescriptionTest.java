package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/schema/} and {@code GET /api/docs/}: the OpenAPI document and its page, without authentication. */
class ApiDescriptionTest {
    @RegisterExtension
    final TestApi api = TestApi.start();

    @Test
    void the_schema_is_openapi_3_0_3_yaml_without_authentication() throws IOException {
        var response = api.send(api.request("/api/schema/").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/yaml; charset=utf-8");
        JsonNode document = new YAMLMapper().readTree(response.body());
        assertThat(document.path("openapi").asText()).isEqualTo("3.0.3");
    }

    @Test
    void format_json_serves_the_same_document_as_json() throws IOException {
        JsonNode yaml = new YAMLMapper().readTree(api.send(api.request("/api/schema/").GET()).body());
        var response = api.send(api.request("/api/schema/?format=json").GET());

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(TestApi.json(response)).isEqualTo(yaml);
    }

    @Test
    void the_document_describes_every_route_of_the_contract() throws IOException {
        JsonNode paths = new YAMLMapper().readTree(api.send(api.request("/api/schema/").GET()).body()).path("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);

        assertThat(names).contains("/api-token-auth/", "/health", "/api/file_tags/", "/api/file_tags/{id}/",
                "/api/global_users/{id}/", "/api/orgs/{org}/", "/api/orgs/{org}/projects/", "/api/orgs/{org}/projects/{id}/",
                "/api/orgs/{org}/document_templates/", "/api/orgs/{org}/document_templates/{id}/",
                "/api/orgs/{org}/private_files/", "/api/orgs/{org}/private_files/{id}/",
                "/api/orgs/{org}/private_files/{id}/parts/{n}/", "/api/orgs/{org}/private_files/{id}/complete/",
                "/media/private/{id}/{name}", "/api/schema/", "/api/docs/");
        assertThat(paths.path("/api/orgs/{org}/private_files/{id}/").path("patch").path("responses").has("412")).isTrue();
    }

    @Test
    void the_docs_page_declares_utf_8_and_loads_only_its_own_scripts() {
        var response = api.send(api.request("/api/docs/").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).matches("text/html; ?charset=utf-8");
        assertThat(response.body()).contains("<meta charset=\"utf-8\">").contains("src=\"/api/docs/docs.js\"")
                .doesNotContainPattern("<script>[^<]");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self';"));
    }

    @Test
    void the_docs_page_serves_swagger_ui_from_its_webjar() {
        var response = api.send(api.request("/api/docs/swagger-ui-bundle.js").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(response.body()).contains("SwaggerUIBundle");
    }

    @Test
    void an_unknown_docs_file_is_404() {
        assertThat(api.send(api.request("/api/docs/secret.txt").GET()).statusCode()).isEqualTo(404);
    }
}
