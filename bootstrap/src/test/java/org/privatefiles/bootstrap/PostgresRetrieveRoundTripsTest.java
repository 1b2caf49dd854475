package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.privatefiles.adapter.http.HttpApi;
import org.privatefiles.adapter.http.HttpSettings;
import org.privatefiles.adapter.jdbc.JdbcPersistence;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.application.PrivateFilesCore;
import org.privatefiles.application.fake.InMemoryContentStore;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.tag.FileTagRef;
import org.privatefiles.domain.throttle.ThrottleScope;

/**
 * The database round trips of one request on PostgreSQL, counted over real HTTP: a retrieve in
 * the steady state (identity remembered) costs two statements, the throttle and the file row with
 * its tags, and nothing else (no transaction is opened, so no BEGIN or COMMIT either).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRetrieveRoundTripsTest {
    private static final int RETRIEVES = 50;

    private PostgresTestDatabase database;
    private JdbcPersistence persistence;
    private Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;
    private OrgId org;
    private PrivateFile file;

    @BeforeAll
    void start() {
        database = PostgresTestDatabase.createOrSkip(getClass().getSimpleName());
        persistence = JdbcPersistence.open(database.url(), null, null);
        PrivateFilesCore core = PrivateFilesCore.builder()
                .files(persistence.files()).tags(persistence.tags()).directory(persistence.directory())
                .throttle(persistence.throttle()).content(new InMemoryContentStore())
                .settings(CoreSettings.defaults()).passwordIterations(1000).build();
        var admin = core.administration();
        org = admin.createOrg("Round trips");
        UserId user = admin.createUser("round.trips@example.com", null, false);
        admin.addMember(new Membership(org, user, Role.PRO, true, true, ProjectScope.ALL, AccessLevel.EDIT));
        token = admin.createToken(user);
        var write = core.admitRequest().admit(user, org, ThrottleScope.WRITE);
        file = core.createFile().create(write,
                FilePatch.builder().title("roof_plan_1.pdf").fileTags(List.of(new FileTagRef.ByTitle("Roof Plan"))).build(),
                new ByteArrayInputStream("roof".getBytes(StandardCharsets.UTF_8)), "roof_plan_1.pdf");
        app = HttpApi.create(core, HttpSettings.of("http://127.0.0.1", "k1",
                "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));
        app.start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.stop();
        }
        if (persistence != null) {
            persistence.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void a_retrieve_in_the_steady_state_costs_two_statements() throws Exception {
        assertThat(retrieve()).isEqualTo(200); // the first one looks the identity up and remembers it
        long before = persistence.statementsRun();

        for (int i = 0; i < RETRIEVES; i++) {
            assertThat(retrieve()).isEqualTo(200);
        }

        assertThat(persistence.statementsRun() - before).isEqualTo(2L * RETRIEVES);
    }

    @Test
    void the_first_retrieve_of_a_token_adds_one_statement_for_the_identity() throws Exception {
        String fresh = token;
        long before = persistence.statementsRun();
        // a different org id is a different identity: token, membership and assignments in one statement
        int status = send(URI.create("http://127.0.0.1:" + app.port() + "/api/orgs/" + (org.value() + 1000)
                + "/private_files/" + file.id().value() + "/"), fresh);

        assertThat(status).isEqualTo(403);
        assertThat(persistence.statementsRun() - before).isEqualTo(1);
    }

    private int retrieve() throws Exception {
        return send(URI.create("http://127.0.0.1:" + app.port() + "/api/orgs/" + org.value() + "/private_files/"
                + file.id().value() + "/"), token);
    }

    private int send(URI uri, String withToken) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Token " + withToken).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
