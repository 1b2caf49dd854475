package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.domain.actor.OrgId;

/** {@code X-Request-Id}: on every response, taken from a proxy when it sets a plain one, and the id a 500 names. */
class RequestIdTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    @RegisterExtension
    final TestApi api = TestApi.start();

    @Test
    void every_response_carries_a_fresh_request_id() {
        var first = api.send(api.request("/health").GET());
        var second = api.send(api.request("/api/file_tags/").GET());

        assertThat(first.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
        assertThat(second.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
        assertThat(first.headers().firstValue("X-Request-Id")).isNotEqualTo(second.headers().firstValue("X-Request-Id"));
    }

    @Test
    void the_id_a_proxy_sets_is_kept() {
        var response = api.send(api.request("/health").header("X-Request-Id", "edge-42.a:b").GET());

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("edge-42.a:b");
    }

    @Test
    void an_id_that_is_not_a_plain_token_is_replaced() {
        var response = api.send(api.request("/health").header("X-Request-Id", "x".repeat(200)).GET());

        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
    }

    @Test
    void an_unexpected_failure_names_the_request_id_of_its_response() {
        OrgId org = api.org();
        var pro = api.pro(org);
        api.files.setAvailable(false);

        var response = api.send(api.as(pro, TestApi.files(org)).header("X-Request-Id", "trace-500").GET());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(TestApi.json(response).get("request_id").asText()).isEqualTo("trace-500");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("trace-500");
    }
}
