package org.privatefiles.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.privatefiles.adapter.http.contract.Multipart;
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
 * Test fixture for the console: the real core on in-memory fakes with the system clock, its content
 * store able to hold writes, served by {@link HttpApi} on a free port; set-up helpers over the API.
 */
final class ConsoleService implements AutoCloseable {
    static final String BASE_URL = "https://files.example.test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NAMES = new AtomicInteger();

    final InMemoryFileTagCatalog tags = InMemoryFileTagCatalog.seeded();
    final HeldWritesContentStore content = new HeldWritesContentStore(new InMemoryContentStore());
    final PrivateFilesCore core = PrivateFilesCore.builder().files(new InMemoryPrivateFileRepository(tags)).tags(tags)
            .directory(new InMemoryDirectory()).content(content).throttle(new InMemoryThrottleStore())
            .passwordIterations(1000).build();
    final Javalin app = HttpApi.create(core, HttpSettings.of(BASE_URL, "k1", "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)),
            ServerLimits.defaults(), new CompositeMeterRegistry()).start("127.0.0.1", 0);
    final String server = "http://127.0.0.1:" + app.port();
    private final HttpClient http = HttpClient.newHttpClient();

    /** A member, its password and its token. */
    record User(UserId id, String email, String password, String token) {
    }

    OrgId org() {
        return core.administration().createOrg("Org " + NAMES.incrementAndGet());
    }

    User pro(OrgId org) {
        return member(org, true, ProjectScope.ALL, AccessLevel.EDIT);
    }

    User member(OrgId org, boolean filesOrgWide, ProjectScope scope, AccessLevel level) {
        String email = "person" + NAMES.incrementAndGet() + "@example.test";
        String password = "secret " + email;
        UserId id = core.administration().createUser(email, password, false);
        core.administration().addMember(new Membership(org, id, Role.PRO, filesOrgWide, true, scope, level));
        return new User(id, email, password, core.administration().createToken(id));
    }

    /** Uploads through the API with extra form fields (name, value, ...); returns the file object. */
    JsonNode upload(OrgId org, User user, String name, byte[] bytes, String... fields) {
        var form = new Multipart();
        for (int i = 0; i < fields.length; i += 2) {
            form.field(fields[i], fields[i + 1]);
        }
        form.file("file_contents", name, bytes);
        return send(user, "POST", "/api/orgs/" + org.value() + "/private_files/", form.contentType(), form.bytes(), 201);
    }

    JsonNode get(User user, String path) {
        return send(user, "GET", path, null, null, 200);
    }

    JsonNode file(OrgId org, User user, long id) {
        return get(user, "/api/orgs/" + org.value() + "/private_files/" + id + "/");
    }

    JsonNode patch(OrgId org, User user, long id, String json) {
        return send(user, "PATCH", "/api/orgs/" + org.value() + "/private_files/" + id + "/", "application/json",
                json.getBytes(StandardCharsets.UTF_8), 200);
    }

    JsonNode files(OrgId org, User user) {
        return get(user, "/api/orgs/" + org.value() + "/private_files/");
    }

    private JsonNode send(User user, String method, String path, String type, byte[] body, int expected) {
        var request = HttpRequest.newBuilder(URI.create(server + path)).header("Authorization", "Bearer " + user.token());
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
