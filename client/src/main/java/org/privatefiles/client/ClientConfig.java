package org.privatefiles.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored login: server URL, token and, when it was clear at login, the org; one
 * {@code key=value} per line in an owner-only file ({@link OwnerOnlyFile}).
 */
public record ClientConfig(String server, String token, Long org) {
    private static final String SERVER = "server";
    private static final String TOKEN = "token";
    private static final String ORG = "org";

    static final ClientConfig EMPTY = new ClientConfig(null, null, null);

    public static ClientConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Long org = Optional.ofNullable(values.get(ORG)).filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).orElse(null);
        return new ClientConfig(values.get(SERVER), values.get(TOKEN), org);
    }

    public void write(Path file) {
        var text = new StringBuilder("# written by private-files login\n");
        if (server != null) {
            text.append(SERVER).append('=').append(server).append('\n');
        }
        if (token != null) {
            text.append(TOKEN).append('=').append(token).append('\n');
        }
        if (org != null) {
            text.append(ORG).append('=').append(org).append('\n');
        }
        OwnerOnlyFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    ClientConfig withoutToken() {
        return new ClientConfig(server, null, org);
    }
}
