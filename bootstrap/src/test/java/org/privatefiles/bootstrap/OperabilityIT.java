package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privatefiles.adapter.http.contract.Multipart;

/**
 * The jar as an operator runs it with {@code --metrics-port} and {@code --log-format json}: the
 * Prometheus scrape after a few requests, and one JSON access-log line per request on stderr.
 */
class OperabilityIT {
    private static final Pattern CURL = Pattern.compile("curl -H 'Authorization: Bearer ([0-9a-f]{40})' (http://localhost:(\\d+))(/api/orgs/\\d+/private_files/)");
    private static final Pattern METRICS_AT = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/metrics");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? ([^ ]+)$");
    private static final int READS_PER_HOUR = 4;

    @TempDir
    Path dataDir;
    private JarProcess server;
    private ApiClient api;
    private String token;
    private String files;
    private int metricsPort;

    @BeforeEach
    void serve() {
        server = JarProcess.start("serve", "--demo", "--port", "0", "--metrics-port", "0", "--log-format", "json",
                "--throttle-user-per-hour", Integer.toString(READS_PER_HOUR), "--data-dir", dataDir.toString());
        Matcher curl = CURL.matcher(server.awaitStdoutLine());
        assertThat(curl.find()).isTrue();
        token = curl.group(1);
        files = curl.group(4);
        api = new ApiClient("http://127.0.0.1:" + curl.group(3), token);
        Matcher metrics = METRICS_AT.matcher(parse(server.awaitStderrLine("Prometheus metrics at")).path("formattedMessage").asText());
        assertThat(metrics.find()).isTrue();
        metricsPort = Integer.parseInt(metrics.group(1));
    }

    @AfterEach
    void stop() {
        server.kill();
    }

    @Test
    void the_scrape_shows_request_timers_per_route_bytes_throttle_pool_and_jvm_metrics() throws Exception {
        byte[] content = new byte[12_345];
        JsonNode file = ApiClient.json(api.upload(files, new Multipart().file("file_contents", "metrics.bin", content)));
        assertThat(api.get(file.get("file_contents").asText()).body()).hasSize(content.length);
        for (int i = 0; i < READS_PER_HOUR + 1; i++) {
            api.get(files);
        }

        List<Sample> samples = scrape();

        assertThat(samples).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("http_server_requests_seconds_bucket");
            assertThat(s.labels()).containsEntry("route", "/api/orgs/{org}/private_files/").containsEntry("status", "200")
                    .containsEntry("method", "GET").containsKey("le");
        });
        assertThat(samples).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("http_server_requests_seconds_count");
            assertThat(s.labels()).containsEntry("route", "/api/orgs/{org}/private_files/").containsEntry("status", "429");
            assertThat(s.value()).isEqualTo(1.0);
        });
        assertThat(value(samples, "privatefiles_upload_bytes_total", Map.of())).isGreaterThanOrEqualTo(content.length);
        assertThat(value(samples, "privatefiles_download_bytes_total", Map.of())).isEqualTo(content.length);
        assertThat(value(samples, "privatefiles_throttle_admissions_total", Map.of("scope", "read"))).isEqualTo(READS_PER_HOUR);
        assertThat(value(samples, "privatefiles_throttle_refusals_total", Map.of("scope", "read"))).isEqualTo(1.0);
        assertThat(value(samples, "privatefiles_throttle_admissions_total", Map.of("scope", "write"))).isEqualTo(1.0);
        assertThat(value(samples, "privatefiles_sweeper_runs_total", Map.of("outcome", "ok"))).isGreaterThanOrEqualTo(1.0);
        assertThat(names(samples)).contains("hikaricp_connections_active", "hikaricp_connections_max",
                "jvm_memory_used_bytes", "jvm_threads_live_threads", "jetty_threads_busy", "jetty_threads_config_max",
                "jetty_connections_current_connections", "process_uptime_seconds");
        assertThat(samples).noneSatisfy(s -> assertThat(s.labels().values()).anySatisfy(v -> assertThat(v).matches(".*/\\d+/.*")));
    }

    @Test
    void every_request_leaves_one_json_access_line_with_its_id_and_never_a_secret() {
        JsonNode file = ApiClient.json(api.upload(files, new Multipart().file("file_contents", "log.txt",
                "logged".getBytes(StandardCharsets.UTF_8))));
        String link = file.get("file_contents").asText();
        String signature = link.replaceAll(".*Signature=([^&]+).*", "$1");
        HttpResponse<byte[]> listed = api.get(files, "X-Request-Id", "proxy-7f3a");
        assertThat(listed.headers().firstValue("X-Request-Id")).hasValue("proxy-7f3a");
        HttpResponse<byte[]> downloaded = api.get(link);
        String downloadId = downloaded.headers().firstValue("X-Request-Id").orElseThrow();
        api.get(files + "999999/");

        String stderr = server.terminate().stderr();
        List<JsonNode> access = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            JsonNode event = parse(line);
            assertThat(event).as("every stderr line is a JSON object: %s", line).isNotNull();
            if ("privatefiles.access".equals(event.path("loggerName").asText())) {
                access.add(event);
            }
        }

        assertThat(access).hasSize(4);
        Map<String, String> list = fields(access.get(1));
        assertThat(list).containsEntry("request_id", "proxy-7f3a").containsEntry("method", "GET")
                .containsEntry("route", "/api/orgs/{org}/private_files/").containsEntry("status", "200")
                .containsKeys("duration_ms", "bytes_in", "bytes_out", "org_id", "user_id");
        assertThat(Long.parseLong(list.get("bytes_out"))).isPositive();
        Map<String, String> download = fields(access.get(2));
        assertThat(download).containsEntry("request_id", downloadId).containsEntry("route", "/media/private/{id}/{name}")
                .containsEntry("bytes_out", "6");
        assertThat(fields(access.get(3))).containsEntry("status", "404").containsEntry("route", "/api/orgs/{org}/private_files/{id}/");
        assertThat(stderr).doesNotContain(token).doesNotContain(signature);
    }

    /** A line of the Prometheus text format. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private List<Sample> scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + metricsPort + "/metrics")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
        var samples = new ArrayList<Sample>();
        for (String line : response.body().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as("a Prometheus sample line: %s", line).isTrue();
            samples.add(new Sample(m.group(1), labels(m.group(3)), Double.parseDouble(m.group(4))));
        }
        return samples;
    }

    private static Map<String, String> labels(String text) {
        var labels = new HashMap<String, String>();
        if (text == null) {
            return labels;
        }
        Matcher m = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?").matcher(text);
        while (m.find()) {
            labels.put(m.group(1), m.group(2));
        }
        return labels;
    }

    private static double value(List<Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).sum();
    }

    private static List<String> names(List<Sample> samples) {
        return samples.stream().map(Sample::name).distinct().toList();
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = ApiClient.JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The key-value pairs of an access-log event, as text. */
    private static Map<String, String> fields(JsonNode event) {
        var fields = new HashMap<String, String>();
        JsonNode pairs = event.path("kvpList");
        if (pairs.isArray()) {
            pairs.forEach(pair -> pair.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText())));
        } else {
            pairs.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
        }
        return fields;
    }
}
