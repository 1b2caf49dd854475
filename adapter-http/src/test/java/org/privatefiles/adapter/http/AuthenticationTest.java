package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.domain.actor.OrgId;

class AuthenticationTest {
    @RegisterExtension
    final TestApi api = TestApi.start();
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);

    @Test
    void a_request_without_credentials_is_401_with_www_authenticate() {
        var response = api.send(api.request(TestApi.files(org)).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"api\"");
    }

    @Test
    void an_unknown_token_is_401_invalid_token() {
        var response = api.send(api.request(TestApi.files(org)).header("Authorization", "Bearer " + "0".repeat(40)).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Invalid token.\"}");
    }

    @Test
    void the_token_keyword_is_accepted_too() {
        var response = api.send(api.request(TestApi.files(org)).header("Authorization", "Token " + pro.token()).GET());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void a_revoked_token_is_401() {
        api.core.administration().revokeToken(pro.token());

        assertThat(api.get(pro, TestApi.files(org)).statusCode()).isEqualTo(401);
    }

    @Test
    void authentication_is_checked_before_the_org_role() {
        OrgId foreign = api.org();

        var response = api.send(api.request(TestApi.files(foreign)).GET());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void log_in_returns_a_token_and_the_user() {
        var user = api.user();

        var response = api.send(api.request("/api-token-auth/").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + user.email() + "\", \"password\": \"secret-" + user.email() + "\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = TestApi.json(response);
        assertThat(body.get("token").asText()).matches("[0-9a-f]{40}");
        assertThat(body.get("user").get("id").asLong()).isEqualTo(user.id().value());
        assertThat(body.get("user").get("url").asText()).isEqualTo(TestApi.BASE_URL + "/api/global_users/" + user.id().value() + "/");
        assertThat(body.get("user").get("email").asText()).isEqualTo(user.email());
        var me = new TestApi.User(user.id(), user.email(), body.get("token").asText());
        assertThat(api.get(me, "/api/file_tags/").statusCode()).isEqualTo(200);
    }

    @Test
    void log_in_with_a_wrong_password_is_400_non_field_error() {
        var user = api.user();

        var response = api.send(api.request("/api-token-auth").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + user.email() + "\", \"password\": \"wrong\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"non_field_errors\":[\"Unable to log in with provided credentials.\"]}");
    }

    @Test
    void log_in_without_fields_is_400_field_required() {
        var response = api.send(api.request("/api-token-auth/").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"username\":[\"This field is required.\"],\"password\":[\"This field is required.\"]}");
    }

    @Test
    void log_in_accepts_a_urlencoded_form() {
        var user = api.user();
        String form = "username=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode("secret-" + user.email(), StandardCharsets.UTF_8);

        var response = api.send(api.request("/api-token-auth/").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void repeated_failed_log_ins_are_throttled() {
        var user = api.user();
        var request = api.request("/api-token-auth/").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + user.email() + "\", \"password\": \"wrong\"}"));
        for (int i = 0; i < 10; i++) {
            assertThat(api.send(request).statusCode()).isEqualTo(400);
        }

        var response = api.send(request);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }
}
