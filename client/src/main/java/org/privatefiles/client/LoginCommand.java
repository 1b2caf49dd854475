package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code login}: gets a token for an email and password (or takes one), and stores it with the server in the config file. */
@Command(name = "login", description = "Log in to a private-files service and remember the token (owner-only config file).")
final class LoginCommand implements Callable<Integer> {
    private final ClientContext context;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "The service, e.g. https://files.example.com")
    String server;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Credentials credentials;

    @Option(names = "--password-stdin", description = "Read the password from the first line of stdin instead of prompting.")
    boolean passwordStdin;

    @Option(names = "--org", paramLabel = "ID", description = "Remember this org (default: the only org you are a pro member of).")
    Long org;

    /** An email (with a password) or a token. */
    static final class Credentials {
        @Option(names = "--email", required = true, paramLabel = "EMAIL")
        String email;

        @Option(names = "--token", required = true, paramLabel = "TOKEN", description = "Use this token instead of logging in.")
        String token;
    }

    LoginCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!server.startsWith("http://") && !server.startsWith("https://")) {
            throw ClientFailure.badArguments("--server must be an http:// or https:// URL: " + server);
        }
        var anonymous = new Api(server, null);
        String token = credentials.token != null ? credentials.token.strip() : logIn(anonymous, credentials.email, password());
        var api = new Api(server, token);
        api.getJson("/api/file_tags/");
        Long chosen = org;
        if (chosen == null) {
            List<Long> orgs = OrgChoice.discover(api);
            chosen = orgs.size() == 1 ? orgs.get(0) : null;
            if (orgs.size() > 1) {
                context.err().println("private-files: you are a pro member of orgs " + orgs + "; give --org ID to each command");
            }
        }
        new ClientConfig(api.server(), token, chosen).write(context.configFile());
        context.err().println("private-files: logged in to " + api.server() + (chosen == null ? "" : ", org " + chosen));
        return 0;
    }

    private static String logIn(Api api, String email, String password) {
        JsonNode answer = api.postJson("/api-token-auth/", Json.object().put("username", email).put("password", password));
        return answer.path("token").asText();
    }

    private String password() {
        if (passwordStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw ClientFailure.badArguments("--password-stdin: stdin is empty");
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read stdin", e);
            }
        }
        Console console = System.console();
        if (console == null) {
            throw ClientFailure.badArguments("no terminal to ask for the password: use --password-stdin or --token");
        }
        char[] password = console.readPassword("Password for %s: ", credentials.email);
        if (password == null) {
            throw ClientFailure.badArguments("no password given");
        }
        return new String(password);
    }
}
