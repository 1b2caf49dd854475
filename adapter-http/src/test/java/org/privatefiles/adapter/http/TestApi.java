package org.privatefiles.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.privatefiles.adapter.http.contract.Multipart;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.privatefiles.adapter.http.contract.OpenApiContract;
import org.privatefiles.adapter.http.contract.RequestBodies;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.fake.InMemoryContentStore;
import org.privatefiles.application.fake.InMemoryDirectory;
import org.privatefiles.application.fake.InMemoryFileTagCatalog;
import org.privatefiles.application.fake.InMemoryPrivateFileRepository;
import org.privatefiles.application.fake.InMemoryThrottleStore;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;

/**
 * Test fixture and JUnit extension: the core on in-memory fakes with a clock that stands still, served by
 * {@link HttpApi} on a free port, and a real HTTP client; plus helpers to set up orgs and users.
 * A test class holds it in a {@code @RegisterExtension} field and the server stops after each test.
 */
final class TestApi implements AutoCloseable, AfterEachCallback {
    static final String BASE_URL = "https://files.example.test";
    static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger EMAILS = new AtomicInteger();

    final MutableClock clock = new MutableClock(Instant.parse("2026-02-11T01:50:41.756421Z"));
    final InMemoryFileTagCatalog tags = InMemoryFileTagCatalog.seeded();
    final InMemoryPrivateFileRepository files = new InMemoryPrivateFileRepository(tags);
    final InMemoryContentStore content = new InMemoryContentStore(clock);
    final InMemoryDirectory directory = new InMemoryDirectory();
    final InMemoryThrottleStore throttle = new InMemoryThrottleStore();
    final PrivateFilesCore core;
    final Javalin app;
    final String server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A member of an org and the token it authenticates with. */
    record User(UserId id, String email, String token) {
    }

    private TestApi(CoreSettings settings, UnaryOperator<HttpSettings> httpSettings) {
        this(settings, httpSettings, ServerLimits.defaults());
    }

    private TestApi(CoreSettings settings, UnaryOperator<HttpSettings> httpSettings, ServerLimits limits) {
        core = PrivateFilesCore.builder().files(files).tags(tags).directory(directory).content(content)
                .throttle(throttle).clock(clock).settings(settings).passwordIterations(1000).build();
        var base = HttpSettings.of(BASE_URL, "k2", SECRET).withClock(clock);
        app = HttpApi.create(core, httpSettings.apply(base), limits, new io.micrometer.core.instrument.composite.CompositeMeterRegistry()).start("127.0.0.1", 0);
        server = "http://127.0.0.1:" + app.port();
    }

    static TestApi start() {
        return new TestApi(CoreSettings.defaults(), s -> s);
    }

    static TestApi start(ServerLimits limits) {
        return new TestApi(CoreSettings.defaults(), s -> s, limits);
    }

    static TestApi start(CoreSettings settings) {
        return new TestApi(settings, s -> s);
    }

    static TestApi start(CoreSettings settings, UnaryOperator<HttpSettings> httpSettings) {
        return new TestApi(settings, httpSettings);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        app.stop();
    }

    // --- set-up through the administration use case ---

    OrgId org() {
        return core.administration().createOrg("Org " + EMAILS.incrementAndGet());
    }

    /** A pro with every permission: org-wide files, export, edit on all projects. */
    User pro(OrgId org) {
        return member(org, Role.PRO, true, true, ProjectScope.ALL, AccessLevel.EDIT);
    }

    User member(OrgId org, Role role, boolean filesOrgWide, boolean projectsExport, ProjectScope scope, AccessLevel level) {
        User user = user();
        core.administration().addMember(new Membership(org, user.id(), role, filesOrgWide, projectsExport, scope, level));
        return user;
    }

    User user() {
        String email = "user" + EMAILS.incrementAndGet() + "@example.test";
        UserId id = core.administration().createUser(email, "secret-" + email, false);
        return new User(id, email, core.administration().createToken(id));
    }

    // --- HTTP ---

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(server + pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    HttpRequest.Builder as(User user, String pathAndQuery) {
        return request(pathAndQuery).header("Authorization", "Bearer " + user.token());
    }

    /** Sends the request and holds it and its response to openapi.yaml ({@link OpenApiContract}). */
    HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<byte[]> response = sendForBytes(request);
        return new TextResponse(response, new String(response.body(), StandardCharsets.UTF_8));
    }

    /** Sends the request and holds it and its response to openapi.yaml ({@link OpenApiContract}). */
    HttpResponse<byte[]> sendForBytes(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<byte[]> response = sendUnchecked(request);
        OpenApiContract.get().check(new OpenApiContract.Exchange(request.method(), request.uri(), request.headers().map(),
                RequestBodies.of(request), response.statusCode(), response.headers().map(), response.body()));
        return response;
    }

    private HttpResponse<byte[]> sendUnchecked(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(User user, String pathAndQuery) {
        return send(as(user, pathAndQuery).GET());
    }

    HttpResponse<String> postJson(User user, String path, String json) {
        return send(as(user, path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> patchJson(User user, String path, String json) {
        return send(as(user, path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postMultipart(User user, String path, Multipart form) {
        return send(as(user, path).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    HttpResponse<String> delete(User user, String path) {
        return send(as(user, path).DELETE());
    }

    static String files(OrgId org) {
        return "/api/orgs/" + org.value() + "/private_files/";
    }

    static String file(OrgId org, long id) {
        return files(org) + id + "/";
    }

    /** Uploads a file with these extra form fields (name, value, name, value, ...) and returns the created object. */
    JsonNode upload(OrgId org, User user, String fileName, byte[] bytes, String... fields) {
        var form = new Multipart();
        for (int i = 0; i < fields.length; i += 2) {
            form.field(fields[i], fields[i + 1]);
        }
        form.file("file_contents", fileName, bytes);
        var response = postMultipart(user, files(org), form);
        if (response.statusCode() != 201) {
            throw new AssertionError("upload failed: " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    /** The path and query of an absolute URL the API emitted, to request it from this server. */
    static String local(String absoluteUrl) {
        URI uri = URI.create(absoluteUrl);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
