package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a separate process: stdout carries exactly the id or token, and the service stops cleanly on SIGTERM. */
class CommandLineIT {
    @TempDir
    Path dataDir;

    private JarProcess.Finished run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        return JarProcess.run(all);
    }

    @Test
    void the_admin_commands_of_the_jar_print_exactly_the_id_or_token() {
        assertThat(run("org", "create", "--name", "Acme").stdout()).isEqualTo("1\n");
        assertThat(run("user", "create", "--email", "ann@example.com").stdout()).isEqualTo("1\n");
        JarProcess.Finished member = run("member", "add", "--org", "1", "--user", "1", "--role", "pro");
        assertThat(member.status()).isZero();
        assertThat(member.stdout()).isEmpty();
        assertThat(run("project", "create", "--org", "1", "--title", "Roof").stdout()).isEqualTo("1\n");
        JarProcess.Finished token = run("token", "create", "--user", "1");
        assertThat(token.status()).isZero();
        assertThat(token.stdout()).matches("[0-9a-f]{40}\n");
        JarProcess.Finished revoke = run("token", "revoke", "--token", token.stdout().strip());
        assertThat(revoke.status()).isZero();
        assertThat(revoke.stdout()).isEmpty();
    }

    @Test
    void bad_arguments_exit_2_with_one_error_line_and_the_usage_on_stderr() {
        JarProcess.Finished run = run("org", "create");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("private-files: missing required flag --name for 'org create'\nusage:");
    }

    @Test
    void a_refused_command_exits_1_with_one_line_on_stderr() {
        JarProcess.Finished run = run("project", "create", "--org", "7", "--title", "Roof");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).matches("private-files: [^\\n]+\n");
    }

    @Test
    void admin_commands_reach_the_database_of_a_running_service_and_sigterm_stops_it() {
        JarProcess server = JarProcess.start("serve", "--port", "0", "--data-dir", dataDir.toString());
        try {
            server.awaitStderrLine("private-files serving");
            assertThat(run("org", "create", "--name", "While serving").stdout()).isEqualTo("1\n");
            JarProcess.Finished stopped = server.terminate();
            assertThat(stopped.stderr()).as("exit status %d", stopped.status()).contains("private-files stopped");
            assertThat(stopped.stdout()).isEmpty();
        } finally {
            server.kill();
        }
    }

    @Test
    void serve_demo_prints_one_curl_line_on_stdout() {
        JarProcess server = JarProcess.start("serve", "--demo", "--port", "0", "--data-dir", dataDir.toString());
        try {
            assertThat(server.awaitStdoutLine())
                    .matches("curl -H 'Authorization: Bearer [0-9a-f]{40}' http://localhost:\\d+/api/orgs/1/private_files/");
        } finally {
            server.terminate();
        }
    }

    @Test
    void the_database_server_for_admin_commands_listens_on_loopback_only() throws Exception {
        java.net.InetAddress outside = java.net.NetworkInterface.networkInterfaces()
                .filter(nic -> { try { return nic.isUp() && !nic.isLoopback(); } catch (java.net.SocketException e) { return false; } })
                .flatMap(java.net.NetworkInterface::inetAddresses)
                .filter(address -> address instanceof java.net.Inet4Address).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "this machine has no non-loopback IPv4 address");
        JarProcess server = JarProcess.start("serve", "--port", "0", "--data-dir", dataDir.toString());
        try {
            server.awaitStderrLine("private-files serving");
            int port = Integer.parseInt(java.nio.file.Files.readString(dataDir.resolve(SharedH2.FILE)).split(" ")[0]);

            new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port).close();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new java.net.Socket(outside, port).close())
                    .isInstanceOf(java.net.ConnectException.class);
            server.terminate();
        } finally {
            server.kill();
        }
    }
}
