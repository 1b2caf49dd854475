package org.privatefiles.bootstrap.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;

/** The client commands in-process against a real service on a free port: every command, its output and its exit status. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIB = 1024 * 1024;

    Path serviceDir;
    ClientTestService service;
    ClientTestService.Account account;

    Path home;
    Map<String, String> env;

    @BeforeAll
    void startService() throws IOException {
        serviceDir = Files.createTempDirectory("client-test-service");
        service = ClientTestService.start(serviceDir);
        account = service.newAccount("Acme");
    }

    @AfterAll
    void stopService() throws IOException {
        service.close();
        TempDirs.delete(serviceDir);
    }

    @BeforeEach
    void loggedInWithTheToken() throws IOException {
        home = Files.createTempDirectory(serviceDir, "home");
        env = new HashMap<>(Map.of("HOME", home.toString(), "PRIVATE_FILES_SERVER", service.baseUrl(),
                "PRIVATE_FILES_TOKEN", account.token()));
    }

    private ClientRun client(String... args) {
        return ClientRun.of(env, "", args);
    }

    private String org() {
        return Long.toString(account.org());
    }

    private Path randomFile(String name, long size) throws IOException {
        byte[] bytes = new byte[(int) size];
        new Random(size).nextBytes(bytes);
        return Files.write(home.resolve(name), bytes);
    }

    static String md5(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
    }

    private JsonNode file(String id) throws IOException {
        return JSON.readTree(client("ls", "--json", "--org", org(), "--search", "").stdout().lines()
                .filter(line -> line.contains("\"id\":" + id + ",")).findFirst().orElseThrow());
    }

    @Test
    void login_with_a_password_on_stdin_stores_the_server_the_token_and_the_only_org_owner_only() throws Exception {
        Map<String, String> noLogin = Map.of("HOME", home.toString());
        ClientRun login = ClientRun.of(noLogin, account.password() + "\n", "login", "--server", service.baseUrl(),
                "--email", account.email(), "--password-stdin");

        assertThat(login.status()).as(login.stderr()).isZero();
        assertThat(login.stdout()).isEmpty();
        Path config = home.resolve(".config/private-files/config");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
        assertThat(Files.readString(config)).contains("server=" + service.baseUrl() + "\n").containsPattern("token=[0-9a-f]{40}\n")
                .contains("org=" + account.org() + "\n");
        assertThat(ClientRun.of(noLogin, "", "ls").status()).isZero();
    }

    @Test
    void login_with_a_wrong_password_exits_1_with_the_services_message() {
        ClientRun login = ClientRun.of(Map.of("HOME", home.toString()), "wrong\n", "login", "--server", service.baseUrl(),
                "--email", account.email(), "--password-stdin");

        assertThat(login.status()).isEqualTo(1);
        assertThat(login.stderr()).isEqualTo("private-files: non_field_errors: Unable to log in with provided credentials. (HTTP 400)\n");
    }

    @Test
    void login_with_a_token_that_the_service_does_not_know_exits_1() {
        ClientRun login = ClientRun.of(Map.of("HOME", home.toString()), "", "login", "--server", service.baseUrl(),
                "--token", "0".repeat(40));

        assertThat(login.status()).isEqualTo(1);
        assertThat(Files.exists(home.resolve(".config/private-files/config"))).isFalse();
    }

    @Test
    void logout_forgets_the_token_so_that_commands_ask_for_a_login() {
        Map<String, String> noLogin = Map.of("HOME", home.toString());
        assertThat(ClientRun.of(noLogin, "", "login", "--server", service.baseUrl(), "--token", account.token()).status()).isZero();

        assertThat(ClientRun.of(noLogin, "", "logout").status()).isZero();

        ClientRun ls = ClientRun.of(noLogin, "", "ls");
        assertThat(ls.status()).isEqualTo(2);
        assertThat(ls.stderr()).startsWith("private-files: not logged in");
    }

    @Test
    void the_environment_overrides_the_stored_login() {
        Map<String, String> stored = Map.of("HOME", home.toString());
        assertThat(ClientRun.of(stored, "", "login", "--server", "http://127.0.0.1:9", "--token", account.token(), "--org", "1")
                .status()).as("a login to a server that is down cannot check the token").isEqualTo(3);
        new org.privatefiles.client.ClientConfig("http://127.0.0.1:9", "f".repeat(40), null)
                .write(home.resolve(".config/private-files/config"));

        assertThat(client("ls", "--org", org()).status()).isZero();
    }

    @Test
    void a_user_in_several_orgs_must_choose_one_with_org() {
        var second = service.newAccount("Second org");
        service.member(new OrgId(second.org()), new UserId(account.user()));
        try {
            ClientRun ls = client("ls");
            assertThat(ls.status()).isEqualTo(2);
            assertThat(ls.stderr()).isEqualTo("private-files: this user is a pro member of several orgs ("
                    + account.org() + ", " + second.org() + "); choose one with --org ID\n");
            assertThat(client("ls", "--org", Long.toString(second.org())).status()).isZero();
        } finally {
            service.admin().addMember(new org.privatefiles.domain.actor.Membership(new OrgId(second.org()), new UserId(account.user()),
                    org.privatefiles.domain.actor.Role.CUSTOMER, false, false, org.privatefiles.domain.actor.ProjectScope.ASSIGNED,
                    org.privatefiles.domain.actor.AccessLevel.VIEW));
        }
    }

    @Test
    void the_only_org_of_the_user_is_the_default() throws Exception {
        Path file = randomFile("default-org.txt", 100);
        String id = client("upload", file.toString()).printed();

        assertThat(client("ls", "--org", org()).stdout()).contains("default-org.txt");
        assertThat(id).matches("[0-9]+");
    }

    @Test
    void a_small_file_goes_up_in_one_multipart_request_and_its_id_is_printed() throws Exception {
        Path file = randomFile("small.bin", 3 * MIB);
        long parts = service.partsReceived();

        ClientRun upload = client("upload", file.toString(), "--org", org(), "--tag", "Extra File", "--title", "Small one");

        assertThat(upload.stdout()).matches("[0-9]+\n");
        assertThat(upload.stderr()).isEmpty();
        JsonNode created = file(upload.printed());
        assertThat(created.path("title").asText()).isEqualTo("Small one");
        assertThat(created.path("file_hash").asText()).isEqualTo(md5(file));
        assertThat(created.path("upload_id").isNull()).isTrue();
        assertThat(created.path("file_tags_data").get(0).path("title").asText()).isEqualTo("Extra File");
        assertThat(service.partsReceived()).isEqualTo(parts);
    }

    @Test
    void a_large_file_goes_up_in_parallel_parts_of_the_part_size_and_its_hash_matches() throws Exception {
        Path file = randomFile("large.bin", 23L * MIB + 12345);
        long parts = service.partsReceived();

        ClientRun upload = client("upload", file.toString(), "--org", org(), "--parallel", "4", "--part-size", "5M", "--json");

        assertThat(upload.status()).as(upload.stderr()).isZero();
        JsonNode created = JSON.readTree(upload.stdout());
        assertThat(upload.stdout().lines().count()).isEqualTo(1);
        assertThat(created.path("file_hash").asText()).isEqualTo(md5(file));
        assertThat(created.path("filesize").asLong()).isEqualTo(Files.size(file));
        assertThat(created.path("parts")).hasSize(5);
        assertThat(created.path("parts").get(0).path("size").asLong()).isEqualTo(5L * MIB);
        assertThat(service.partsReceived() - parts).isEqualTo(5);
        assertThat(Files.list(home.resolve(".local/state/private-files/uploads")).count()).as("state left").isZero();
    }

    @Test
    void several_files_print_one_id_each() throws Exception {
        Path a = randomFile("one.txt", 10);
        Path b = randomFile("two.txt", 20);

        assertThat(client("upload", a.toString(), b.toString(), "--org", org()).printed()).matches("[0-9]+\n[0-9]+");
    }

    @Test
    void ls_filters_by_tag_excluded_tag_search_project_and_limit() throws Exception {
        var acct = service.newAccount("Listing org");
        env.put("PRIVATE_FILES_TOKEN", acct.token());
        String listOrg = Long.toString(acct.org());
        long project = service.admin().createProject(new OrgId(acct.org()), "Roof").id().value();
        String roofPlan = client("upload", randomFile("roof-plan.pdf", 10).toString(), "--org", listOrg, "--tag", "Extra File",
                "--project", Long.toString(project)).printed();
        String sitePhoto = client("upload", randomFile("site-photo.jpg", 20).toString(), "--org", listOrg, "--tag", "Accepted").printed();
        String notes = client("upload", randomFile("notes.txt", 30).toString(), "--org", listOrg).printed();

        assertThat(ids(listOrg, "--tag", "Extra File")).containsExactly(roofPlan);
        assertThat(ids(listOrg, "--tag", "Extra File", "--tag", "Accepted")).containsExactlyInAnyOrder(roofPlan, sitePhoto);
        assertThat(ids(listOrg, "--exclude-tag", "Accepted")).containsExactlyInAnyOrder(roofPlan, notes);
        assertThat(ids(listOrg, "--search", "photo")).containsExactly(sitePhoto);
        assertThat(ids(listOrg, "--project", Long.toString(project))).containsExactly(roofPlan);
        assertThat(ids(listOrg, "--user", Long.toString(acct.user()), "--ordering", "filesize")).containsExactly(roofPlan, sitePhoto, notes);
        assertThat(ids(listOrg, "--ordering", "-filesize", "--limit", "2")).containsExactly(notes, sitePhoto);
    }

    private List<String> ids(String listOrg, String... filters) throws IOException {
        var args = new ArrayList<>(List.of("ls", "--json", "--org", listOrg));
        args.addAll(List.of(filters));
        ClientRun ls = client(args.toArray(String[]::new));
        assertThat(ls.status()).as(ls.stderr()).isZero();
        List<String> ids = new ArrayList<>();
        for (String line : ls.stdout().lines().toList()) {
            ids.add(JSON.readTree(line).path("id").asText());
        }
        return ids;
    }

    @Test
    void ls_prints_a_table_with_a_header_and_one_row_per_file() throws Exception {
        var acct = service.newAccount("Table org");
        env.put("PRIVATE_FILES_TOKEN", acct.token());
        String id = client("upload", randomFile("table.txt", 1536).toString(), "--org", Long.toString(acct.org()), "--tag", "Accepted").printed();

        List<String> lines = client("ls", "--org", Long.toString(acct.org())).stdout().lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("ID +SIZE +MODIFIED +STATUS +TAGS +TITLE");
        assertThat(lines.get(1)).matches(id + " +1\\.5 KiB +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +created +Accepted +table\\.txt");
    }

    @Test
    void an_unknown_tag_is_refused_with_exit_1_and_the_field_error() {
        ClientRun ls = client("ls", "--org", org(), "--tag", "No such tag");

        assertThat(ls.status()).isEqualTo(1);
        assertThat(ls.stdout()).isEmpty();
        assertThat(ls.stderr()).isEqualTo("private-files: file_tags: Unknown file tag: No such tag (HTTP 400)\n");
    }

    @Test
    void an_org_the_user_is_not_a_pro_of_is_refused_with_exit_1_and_the_detail() {
        ClientRun ls = client("ls", "--org", "999999");

        assertThat(ls.status()).isEqualTo(1);
        assertThat(ls.stderr()).isEqualTo("private-files: You do not have permission to perform this action. (HTTP 403)\n");
    }

    @Test
    void get_writes_the_content_to_the_output_file_and_prints_its_path() throws Exception {
        Path file = randomFile("download.bin", 2 * MIB + 7);
        String id = client("upload", file.toString(), "--org", org()).printed();
        Path target = home.resolve("copy.bin");

        ClientRun get = client("get", id, "-o", target.toString(), "--org", org());

        assertThat(get.printed()).isEqualTo(target.toString());
        assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void get_resumes_a_cut_download_with_the_rest_of_the_bytes_only() throws Exception {
        Path file = randomFile("resume-download.bin", 4 * MIB);
        String id = client("upload", file.toString(), "--org", org()).printed();
        Path target = home.resolve("resumed.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(home.resolve("resumed.bin." + md5(file) + ".part"), java.util.Arrays.copyOf(bytes, 3 * MIB));
        double before = service.bytesDownloaded();

        ClientRun get = client("get", id, "-o", target.toString(), "--org", org());

        assertThat(get.status()).as(get.stderr()).isZero();
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(service.bytesDownloaded() - before).isEqualTo(MIB);
        assertThat(Files.exists(home.resolve("resumed.bin." + md5(file) + ".part"))).isFalse();
    }

    @Test
    void get_whose_bytes_do_not_match_the_file_hash_exits_3_and_keeps_nothing() throws Exception {
        Path file = randomFile("damaged.bin", MIB);
        String id = client("upload", file.toString(), "--org", org()).printed();
        Path target = home.resolve("damaged-copy.bin");
        Path partial = home.resolve("damaged-copy.bin." + md5(file) + ".part");
        Files.write(partial, new byte[MIB / 2]);

        ClientRun get = client("get", id, "-o", target.toString(), "--org", org());

        assertThat(get.status()).isEqualTo(3);
        assertThat(get.stderr()).startsWith("private-files: the download's MD5 ");
        assertThat(Files.exists(target)).isFalse();
        assertThat(Files.exists(partial)).isFalse();
    }

    @Test
    void get_of_an_unknown_file_exits_1() {
        ClientRun get = client("get", "987654", "--org", org());

        assertThat(get.status()).isEqualTo(1);
        assertThat(get.stderr()).isEqualTo("private-files: Not found. (HTTP 404)\n");
    }

    @Test
    void edit_changes_only_the_fields_given() throws Exception {
        String id = client("upload", randomFile("edit-me.txt", 10).toString(), "--org", org(), "--tag", "Accepted").printed();

        ClientRun edit = client("edit", id, "--org", org(), "--title", "Edited", "--show-customer", "true",
                "--status-message", "checked", "--tag", "Extra File", "--tag", "Calculation Data");

        assertThat(edit.status()).as(edit.stderr()).isZero();
        assertThat(edit.stdout()).isEmpty();
        JsonNode edited = file(id);
        assertThat(edited.path("title").asText()).isEqualTo("Edited");
        assertThat(edited.path("show_customer").asBoolean()).isTrue();
        assertThat(edited.path("status_message").asText()).isEqualTo("checked");
        assertThat(edited.path("status").asText()).isEqualTo("created");
        assertThat(edited.path("temporary").asBoolean()).isFalse();
        assertThat(edited.path("file_tags_data").findValuesAsText("title")).containsExactlyInAnyOrder("Extra File", "Calculation Data");
    }

    @Test
    void edit_with_an_invalid_value_exits_1_with_the_field_error() throws Exception {
        String id = client("upload", randomFile("bad-edit.txt", 10).toString(), "--org", org()).printed();

        ClientRun edit = client("edit", id, "--org", org(), "--title", " ");

        assertThat(edit.status()).isEqualTo(1);
        assertThat(edit.stderr()).isEqualTo("private-files: title: This field may not be blank. (HTTP 400)\n");
    }

    @Test
    void rm_deletes_every_file_given_and_exits_1_when_one_was_unknown() throws Exception {
        String a = client("upload", randomFile("rm-a.txt", 10).toString(), "--org", org()).printed();
        String b = client("upload", randomFile("rm-b.txt", 10).toString(), "--org", org()).printed();

        ClientRun rm = client("rm", a, "987654", b, "--org", org());

        assertThat(rm.status()).isEqualTo(1);
        assertThat(rm.stderr()).isEqualTo("private-files: 987654: Not found. (HTTP 404)\n");
        assertThat(client("get", a, "--org", org()).status()).isEqualTo(1);
        assertThat(client("get", b, "--org", org()).status()).isEqualTo(1);
    }

    @Test
    void tags_lists_the_catalogue_as_a_table_or_json_lines() throws Exception {
        List<String> table = client("tags").stdout().lines().toList();
        List<String> json = client("tags", "--json").stdout().lines().toList();

        assertThat(table.get(0)).matches("ID +TYPE +TITLE");
        assertThat(table).anyMatch(line -> line.matches("38 +private +Extra File"));
        assertThat(json).hasSize(table.size() - 1);
        assertThat(JSON.readTree(json.get(0)).has("url")).isTrue();
    }

    @Test
    void a_service_that_stopped_answering_is_a_network_failure_exit_3() {
        env.put("PRIVATE_FILES_SERVER", "http://127.0.0.1:" + unusedPort());

        ClientRun ls = client("ls", "--org", org());

        assertThat(ls.status()).isEqualTo(3);
        assertThat(ls.stderr()).startsWith("private-files: cannot reach ");
    }

    private static int unusedPort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
