package org.privatefiles.adapter.http;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.fake.InMemoryDirectory;
import org.privatefiles.application.fake.InMemoryFileTagCatalog;
import org.privatefiles.application.fake.InMemoryPrivateFileRepository;
import org.privatefiles.application.fake.InMemoryThrottleStore;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;

/**
 * Throwaway benchmark, not a test: serves the API over a temp-dir content store and prints the
 * org, the token and a port for curl to upload to and download from. Args: data dir, port;
 * {@code -Dbench.nohash=true} skips the MD5, {@code -Dbench.nodisk=true} drops the bytes instead of writing them.
 */
final class TransferBenchmark {
    private TransferBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/pf-bench"));
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 18080;
        var tags = InMemoryFileTagCatalog.seeded();
        var core = PrivateFilesCore.builder().files(new InMemoryPrivateFileRepository(tags)).tags(tags)
                .directory(new InMemoryDirectory()).content(new TempDirContentStore(dir, !Boolean.getBoolean("bench.nohash"), !Boolean.getBoolean("bench.nodisk")))
                .throttle(new InMemoryThrottleStore()).passwordIterations(1000).build();
        var org = core.administration().createOrg("bench");
        var user = core.administration().createUser("bench@example.test", null, true);
        core.administration().addMember(new Membership(org, user, Role.PRO, true, true, ProjectScope.ALL, AccessLevel.EDIT));
        String token = core.administration().createToken(user);
        var app = HttpApi.create(core, HttpSettings.of("http://127.0.0.1:" + port, "bench",
                "bench-secret-0123456789abcdef".getBytes(StandardCharsets.US_ASCII))).start("127.0.0.1", port);
        System.out.println("org=" + org.value() + " token=" + token + " port=" + app.port());
        Thread.currentThread().join();
    }
}
