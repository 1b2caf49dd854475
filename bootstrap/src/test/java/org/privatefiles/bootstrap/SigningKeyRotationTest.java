package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privatefiles.adapter.http.contract.Multipart;

/** Download links across restarts and key rotation: a link signed before keeps working while unexpired. */
class SigningKeyRotationTest {
    @TempDir
    Path dataDir;

    private CliRun run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        return CliRun.of(Map.of(), all);
    }

    @Test
    void a_link_signed_before_a_restart_and_a_rotation_still_downloads() throws IOException {
        String files = "/api/orgs/1/private_files/";
        Service first = run("serve", "--demo", "--port", "0").service();
        String token = Files.readString(dataDir.resolve(DemoSetup.TOKEN_FILE)).strip();
        String link;
        try {
            HttpResponse<byte[]> created = new ApiClient(first.baseUrl(), token)
                    .upload(files, new Multipart().file("file_contents", "a.txt", new byte[] {1, 2, 3}));
            link = ApiClient.json(created).get("file_contents").asText();
        } finally {
            first.stop();
        }
        String oldKey = link.replaceAll(".*Key-Id=", "");
        String newKey = run("signing-key", "rotate").printedLine();

        Service second = run("serve", "--port", "0").service();
        try {
            var anonymous = new ApiClient(second.baseUrl(), null);
            String oldLink = link.replaceAll("localhost:\\d+", "localhost:" + second.port());
            HttpResponse<byte[]> download = anonymous.get(oldLink);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).containsExactly(1, 2, 3);

            JsonNode fresh = ApiClient.json(new ApiClient(second.baseUrl(), token).get(files + "1/"));
            assertThat(fresh.get("file_contents").asText()).endsWith("Key-Id=" + newKey);
            assertThat(newKey).isNotEqualTo(oldKey);
            assertThat(anonymous.get(oldLink.replace("Key-Id=" + oldKey, "Key-Id=" + newKey)).statusCode()).isEqualTo(403);
        } finally {
            second.stop();
        }
    }
}
