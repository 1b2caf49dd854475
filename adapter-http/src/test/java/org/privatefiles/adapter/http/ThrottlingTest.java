package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.adapter.http.contract.Multipart;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.throttle.ThrottleLimits;

class ThrottlingTest {
    @RegisterExtension
    final TestApi api = TestApi.start(CoreSettings.defaults().withThrottleLimits(new ThrottleLimits(3, 2)));
    private final OrgId org = api.org();
    private final TestApi.User first = api.pro(org);
    private final TestApi.User second = api.pro(org);

    @Test
    void a_successful_request_carries_the_org_windows_rate_limit_headers() {
        var response = api.get(first, TestApi.files(org));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-RateLimit-Limit")).hasValue("3");
        assertThat(response.headers().firstValue("X-RateLimit-Remaining")).hasValue("2");
        long reset = api.clock.instant().plus(Duration.ofHours(24)).getEpochSecond() + 1;
        assertThat(response.headers().firstValue("X-RateLimit-Reset")).hasValue(Long.toString(reset));
    }

    @Test
    void the_first_request_past_the_user_limit_is_429_with_retry_after() {
        api.get(first, TestApi.files(org));
        api.get(first, TestApi.files(org));

        var response = api.get(first, TestApi.files(org));

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3600");
        assertThat(response.body()).isEqualTo("{\"detail\":\"Request was throttled. Expected available in 3600 seconds.\"}");
        assertThat(response.headers().firstValue("X-RateLimit-Limit")).hasValue("3");
    }

    @Test
    void the_first_request_past_the_org_limit_is_429_for_every_user_of_the_org() {
        api.get(first, TestApi.files(org));
        api.get(first, TestApi.files(org));
        api.get(second, TestApi.files(org));

        var response = api.get(second, TestApi.files(org));

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue(Long.toString(24 * 3600));
        assertThat(response.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
    }

    @Test
    void reads_and_writes_have_separate_budgets() {
        api.get(first, TestApi.files(org));
        api.get(first, TestApi.files(org));

        var write = api.postMultipart(first, TestApi.files(org), new Multipart().file("file_contents", "a.txt", new byte[] {1}));

        assertThat(write.statusCode()).isEqualTo(201);
    }

    @Test
    void a_window_frees_once_the_oldest_request_leaves_it() {
        api.get(first, TestApi.files(org));
        api.get(first, TestApi.files(org));
        api.clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertThat(api.get(first, TestApi.files(org)).statusCode()).isEqualTo(200);
    }

    @Test
    void the_retry_after_message_is_singular_for_one_second() {
        api.get(first, TestApi.files(org));
        api.get(first, TestApi.files(org));
        api.clock.advance(Duration.ofHours(1).minusMillis(500));

        var response = api.get(first, TestApi.files(org));

        assertThat(response.body()).isEqualTo("{\"detail\":\"Request was throttled. Expected available in 1 second.\"}");
    }

    @Test
    void the_org_role_is_checked_before_throttling() {
        var customer = api.member(org, Role.CUSTOMER, true, true, ProjectScope.ALL, AccessLevel.EDIT);
        for (int i = 0; i < 4; i++) {
            assertThat(api.get(customer, TestApi.files(org)).statusCode()).isEqualTo(403);
        }
        assertThat(api.get(first, TestApi.files(org)).statusCode()).isEqualTo(200);
    }

    @Test
    void throttling_is_checked_before_the_request_itself() {
        api.get(first, TestApi.files(org));
        api.get(first, TestApi.files(org));

        assertThat(api.get(first, TestApi.file(org, 424242)).statusCode()).isEqualTo(429);
        assertThat(api.get(first, TestApi.files(org) + "?user_id=abc").statusCode()).isEqualTo(429);
    }

    @Test
    void a_refused_request_is_not_counted() {
        api.get(first, TestApi.files(org));
        api.get(first, TestApi.files(org));
        api.get(first, TestApi.files(org));

        assertThat(api.get(second, TestApi.files(org)).statusCode()).isEqualTo(200);
    }

    @Test
    void file_tags_and_health_are_not_throttled() {
        for (int i = 0; i < 5; i++) {
            assertThat(api.get(first, "/api/file_tags/").statusCode()).isEqualTo(200);
            assertThat(api.send(api.request("/health")).statusCode()).isEqualTo(200);
        }
    }
}
