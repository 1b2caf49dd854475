package org.privatefiles.bootstrap.client;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.privatefiles.adapter.filestore.LocalDiskContentStore;
import org.privatefiles.adapter.http.HttpApi;
import org.privatefiles.adapter.http.HttpSettings;
import org.privatefiles.adapter.http.ServerLimits;
import org.privatefiles.adapter.jdbc.JdbcPersistence;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.port.in.AdministrationUseCase;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;

/**
 * A real service for the client's tests, wired as README "Embedding" shows: the core on embedded
 * H2 and a local folder, the HTTP API on a free port, its request metrics kept to count what a client sent.
 */
final class ClientTestService implements AutoCloseable {
    private final JdbcPersistence db;
    private final PrivateFilesCore core;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Javalin http;
    private final String baseUrl;

    /** A user of the service with a token, pro member of one org with every permission. */
    record Account(long org, long user, String email, String password, String token) {
    }

    private ClientTestService(Path dataDir) {
        db = JdbcPersistence.open(JdbcPersistence.h2FileUrl(dataDir), null, null);
        core = PrivateFilesCore.builder()
                .files(db.files()).tags(db.tags()).directory(db.directory()).throttle(db.throttle())
                .content(new LocalDiskContentStore(dataDir.resolve("files")))
                .settings(CoreSettings.defaults())
                .build();
        Javalin started = null;
        String url = null;
        for (int attempt = 1; started == null; attempt++) {
            int port = freePort();
            url = "http://localhost:" + port;
            Javalin app = HttpApi.create(core, HttpSettings.of(url, "test", "client-test-signing-key".getBytes(StandardCharsets.UTF_8)),
                    ServerLimits.defaults(), registry);
            try {
                started = app.start(port);
            } catch (JavalinBindException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
        http = started;
        baseUrl = url;
    }

    static ClientTestService start(Path dataDir) {
        return new ClientTestService(dataDir);
    }

    String baseUrl() {
        return baseUrl;
    }

    AdministrationUseCase admin() {
        return core.administration();
    }

    Account newAccount(String name) {
        OrgId org = admin().createOrg(name);
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "@example.com";
        String password = "correct horse " + name;
        UserId user = admin().createUser(email, password, false);
        member(org, user);
        return new Account(org.value(), user.value(), email, password, admin().createToken(user));
    }

    void member(OrgId org, UserId user) {
        admin().addMember(new Membership(org, user, Role.PRO, true, true, ProjectScope.ALL, AccessLevel.EDIT));
    }

    /** Part PUTs the service accepted. */
    long partsReceived() {
        return registry.find("http.server.requests").tag("method", "PUT").tag("status", "200").timers().stream()
                .filter(t -> t.getId().getTag("route").contains("/parts/"))
                .mapToLong(Timer::count).sum();
    }

    /** Multipart and JSON creates the service answered with 201. */
    long filesCreated() {
        return registry.find("http.server.requests").tag("method", "POST").tag("status", "201").timers().stream()
                .mapToLong(Timer::count).sum();
    }

    /** File bytes sent through download links. */
    double bytesDownloaded() {
        Counter counter = registry.find("privatefiles.download.bytes").counter();
        return counter == null ? 0 : counter.count();
    }

    @Override
    public void close() {
        http.stop();
        db.close();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
