package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.privatefiles.adapter.http.contract.Multipart;
import org.privatefiles.domain.actor.OrgId;

/** Slow, stalled and malformed request bodies, the upload bound, ids beyond 64 bits, a store outage and a draining stop. */
class SlowAndBrokenRequestsTest {
    private static final String BOUNDARY = "b0undary";

    @Test
    void a_body_that_stalls_is_408_json_and_logs_no_error() throws IOException {
        try (var api = TestApi.start(limits(1024, Duration.ofSeconds(1), 8, Duration.ZERO)); var log = new LogCapture()) {
            OrgId org = api.org();
            var pro = api.pro(org);
            String response;
            try (var raw = new RawHttp(api.app.port())) {
                raw.send(uploadHead(org, pro, 10_000) + partHead());
                response = raw.response();
            }

            assertThat(RawHttp.status(response)).isEqualTo(408);
            assertThat(response).contains("application/json");
            assertThat(RawHttp.body(response)).isEqualTo("{\"detail\":\"The request body did not arrive in time.\"}");
            assertThat(log.errors()).isEmpty();
            assertThat(api.get(pro, TestApi.files(org)).body()).isEqualTo("[]");
        }
    }

    @Test
    void a_body_slower_than_the_minimum_rate_is_408_json_long_before_the_idle_timeout() throws Exception {
        try (var api = TestApi.start(limits(1024, Duration.ofSeconds(60), 8, Duration.ZERO)); var log = new LogCapture()) {
            OrgId org = api.org();
            var pro = api.pro(org);
            try (var raw = new RawHttp(api.app.port())) {
                raw.send(uploadHead(org, pro, 10_000) + partHead());
                var trickle = CompletableFuture.runAsync(() -> {
                    try {
                        for (int i = 0; i < 100; i++) {
                            Thread.sleep(100);
                            raw.send("x");
                        }
                    } catch (IOException | InterruptedException e) {
                        // the server gave up on us, as it should
                    }
                });
                long start = System.nanoTime();
                String response = raw.response();
                long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

                assertThat(RawHttp.status(response)).isEqualTo(408);
                assertThat(RawHttp.body(response)).contains("\"detail\"");
                assertThat(seconds).isLessThan(30);
                trickle.cancel(true);
            }
            assertThat(log.errors()).isEmpty();
        }
    }

    @Test
    void a_malformed_chunked_body_is_400_json_never_499() throws IOException {
        try (var api = TestApi.start(); var log = new LogCapture()) {
            OrgId org = api.org();
            var pro = api.pro(org);
            String response;
            try (var raw = new RawHttp(api.app.port())) {
                String part = partHead() + "hello";
                raw.send("POST " + TestApi.files(org) + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + pro.token()
                        + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                        + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(part.length()) + "\r\n" + part + "\r\nzz-not-a-size\r\n\r\n");
                response = raw.response();
            }

            assertThat(RawHttp.status(response)).isEqualTo(400);
            assertThat(RawHttp.body(response)).startsWith("{\"detail\":");
            assertThat(log.errors()).isEmpty();
            assertThat(api.get(pro, TestApi.files(org)).body()).isEqualTo("[]");
        }
    }

    @Test
    void ids_beyond_64_bits_are_404_on_every_id_route() {
        try (var api = TestApi.start()) {
            OrgId org = api.org();
            var pro = api.pro(org);
            for (String id : new String[] {"9223372036854775808", "99999999999999999999", "123456789012345678901234567890"}) {
                String file = TestApi.files(org) + id + "/";
                for (var response : new java.util.ArrayList<>(java.util.List.of(
                        api.get(pro, file),
                        api.patchJson(pro, file, "{\"title\": \"x\"}"),
                        api.delete(pro, file),
                        api.send(api.as(pro, file + "parts/1/").header("Content-Type", "application/octet-stream")
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("x"))),
                        api.postJson(pro, file + "complete/", "{}"),
                        api.get(pro, "/api/orgs/" + id + "/private_files/"),
                        api.get(pro, "/api/orgs/" + org.value() + "/projects/" + id + "/"),
                        api.get(pro, "/api/file_tags/" + id + "/"),
                        api.send(api.request("/media/private/" + id + "/x.txt?Expires=1&Signature=x&Key-Id=k2").GET())))) {
                    assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
                    assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
                }
            }
        }
    }

    @Test
    void past_the_upload_bound_a_body_is_refused_at_once_with_503_while_reads_still_answer() throws Exception {
        try (var api = TestApi.start(limits(1024, Duration.ofSeconds(20), 1, Duration.ZERO))) {
            OrgId org = api.org();
            var pro = api.pro(org);
            try (var stalled = new RawHttp(api.app.port())) {
                stalled.send(uploadHead(org, pro, 10_000));
                Thread.sleep(300);

                var refused = api.postMultipart(pro, TestApi.files(org), new Multipart().file("file_contents", "a.txt", new byte[] {1}));
                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(refused.body()).isEqualTo("{\"detail\":\"Too many uploads in progress; try again later.\"}");
                assertThat(api.send(api.request("/health").GET()).statusCode()).isEqualTo(200);
                assertThat(api.get(pro, TestApi.files(org)).statusCode()).isEqualTo(200);
            }
            int status = 0;
            for (int attempt = 0; attempt < 50 && status != 201; attempt++) {
                Thread.sleep(100);
                status = api.postMultipart(pro, TestApi.files(org), new Multipart().file("file_contents", "a.txt", new byte[] {1}))
                        .statusCode();
            }
            assertThat(status).as("an upload once the slot is free").isEqualTo(201);
        }
    }

    @Test
    void while_the_content_store_is_down_an_upload_is_503_with_retry_after_and_leaves_no_row() {
        try (var api = TestApi.start()) {
            OrgId org = api.org();
            var pro = api.pro(org);
            api.content.setAvailable(false);

            var response = api.postMultipart(pro, TestApi.files(org), new Multipart().file("file_contents", "a.txt", new byte[] {1, 2}));

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(response.body()).isEqualTo("{\"detail\":\"Service temporarily unavailable.\"}");
            assertThat(api.get(pro, TestApi.files(org)).body()).isEqualTo("[]");
            api.content.setAvailable(true);
            api.upload(org, pro, "a.txt", new byte[] {1, 2});
        }
    }

    @Test
    void stop_lets_a_request_in_flight_finish_and_takes_no_new_connection() throws Exception {
        var api = TestApi.start(limits(0, Duration.ofSeconds(20), 8, Duration.ofSeconds(10)));
        try {
            OrgId org = api.org();
            var pro = api.pro(org);
            String tail = partHead() + "hello\r\n--" + BOUNDARY + "--\r\n";
            int port = api.app.port();
            try (var inFlight = new RawHttp(port)) {
                inFlight.send(uploadHead(org, pro, tail.length()) + tail.substring(0, 10));
                Thread.sleep(300);
                var stopping = CompletableFuture.runAsync(api::close);
                Thread.sleep(500);
                assertThat(stopping).isNotDone();
                assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);

                inFlight.send(tail.substring(10));
                String response = inFlight.response();

                assertThat(RawHttp.status(response)).isEqualTo(201);
                stopping.get(15, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertThat(api.content.keyCount()).isEqualTo(1);
        } finally {
            api.close();
        }
    }

    private static ServerLimits limits(long minRate, Duration idle, int uploads, Duration drain) {
        return new ServerLimits(minRate, idle, uploads, drain);
    }

    private static String uploadHead(OrgId org, TestApi.User user, int contentLength) {
        return "POST " + TestApi.files(org) + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + user.token()
                + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                + "\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    private static String partHead() {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file_contents\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
    }
}
