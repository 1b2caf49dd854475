package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.adapter.http.contract.OpenApiContract;
import org.privatefiles.domain.actor.OrgId;

/** The contract check that every HTTP test passes through: it accepts the service's answers and rejects ones the document does not describe. */
class OpenApiContractTest {
    @RegisterExtension
    final TestApi api = TestApi.start();

    @Test
    void a_retrieved_file_conforms_but_the_same_body_with_filesize_as_text_does_not() {
        OrgId org = api.org();
        var pro = api.pro(org);
        long id = api.upload(org, pro, "a.txt", "hello".getBytes(StandardCharsets.UTF_8)).get("id").asLong();
        var response = api.get(pro, TestApi.file(org, id));
        var headers = response.headers().map();
        URI uri = URI.create(api.server + TestApi.file(org, id));

        assertThat(problems(uri, 200, headers, response.body())).isEmpty();

        ObjectNode wrong = (ObjectNode) TestApi.json(response);
        wrong.put("filesize", "5");
        assertThat(problems(uri, 200, headers, wrong.toString()))
                .anySatisfy(problem -> assertThat(problem).contains("/filesize").contains("string"));
    }

    @Test
    void a_response_field_the_document_lacks_is_rejected() {
        OrgId org = api.org();
        var pro = api.pro(org);
        long id = api.upload(org, pro, "a.txt", "hello".getBytes(StandardCharsets.UTF_8)).get("id").asLong();
        var response = api.get(pro, TestApi.file(org, id));
        ObjectNode extra = (ObjectNode) TestApi.json(response);
        extra.put("owner_email", "someone@example.test");

        assertThat(problems(URI.create(api.server + TestApi.file(org, id)), 200, response.headers().map(), extra.toString()))
                .anySatisfy(problem -> assertThat(problem).contains("owner_email"));
    }

    @Test
    void a_status_the_document_does_not_list_fails_the_check() {
        var exchange = new OpenApiContract.Exchange("GET", URI.create(api.server + "/health"), Map.of(), new byte[0],
                418, Map.of("Content-Type", List.of("application/json")), "{\"detail\": \"teapot\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> OpenApiContract.get().check(exchange)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("418");
    }

    private List<String> problems(URI uri, int status, Map<String, List<String>> headers, String body) {
        return OpenApiContract.get().problems(new OpenApiContract.Exchange("GET", uri,
                Map.of("Authorization", List.of("Bearer 0123456789abcdef0123456789abcdef01234567")), new byte[0],
                status, headers, body.getBytes(StandardCharsets.UTF_8)));
    }
}
