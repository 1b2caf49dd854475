package org.privatefiles.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import org.h2.tools.Server;

/**
 * Lets the admin commands reach the embedded H2 database while {@code serve} holds it open: the
 * serving process runs an H2 TCP server on the loopback interface only, which serves nothing but
 * that database under a random key; port and key are in {@code <data-dir>/h2-server} (owner-only).
 */
final class SharedH2 implements AutoCloseable {
    static final String FILE = "h2-server";
    private static final String FILE_PREFIX = "jdbc:h2:file:";
    static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";

    private final Server server;
    private final Path file;
    private final String content;

    private SharedH2(Server server, Path file, String content) {
        this.server = server;
        this.file = file;
        this.content = content;
    }

    /**
     * H2 reads the address its TCP server binds to once, when its classes load ({@code h2.bindAddress},
     * else every interface): set it to loopback before any H2 use in the process. Without
     * {@code -tcpAllowOthers} H2 also refuses connections from other hosts, but it should not listen for them.
     */
    static void listenOnLoopbackOnly() {
        if (System.getProperty(BIND_ADDRESS_PROPERTY) == null) {
            System.setProperty(BIND_ADDRESS_PROPERTY, "127.0.0.1");
        }
    }

    /** Shares the database of this embedded URL (as made by {@code JdbcPersistence.h2FileUrl}). */
    static SharedH2 start(Path dataDir, String embeddedUrl) {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String key = "k" + HexFormat.of().formatHex(random);
        try {
            Server server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-ifExists", "-key", key,
                    databasePath(embeddedUrl)).start();
            String content = server.getPort() + " " + key + " " + settings(embeddedUrl) + "\n";
            Path file = dataDir.resolve(FILE);
            OwnerOnlyFiles.write(file, content);
            return new SharedH2(server, file, content);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot share the embedded database: " + e.getMessage(), e);
        }
    }

    /** The URL of the database a running service shares from this data dir, if one answers. */
    static Optional<String> runningUrl(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ", 3);
            int port = Integer.parseInt(parts[0]);
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            }
            return Optional.of("jdbc:h2:tcp://127.0.0.1:" + port + "/" + parts[1] + (parts.length > 2 ? parts[2] : ""));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        server.stop();
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String databasePath(String url) {
        if (!url.startsWith(FILE_PREFIX)) {
            throw new IllegalArgumentException("not an embedded H2 file URL: " + url);
        }
        int semicolon = url.indexOf(';');
        return url.substring(FILE_PREFIX.length(), semicolon < 0 ? url.length() : semicolon);
    }

    /** The session settings of the URL; those that only apply when a process opens the file are left out. */
    private static String settings(String url) {
        int semicolon = url.indexOf(';');
        if (semicolon < 0) {
            return "";
        }
        var kept = new StringBuilder();
        for (String setting : url.substring(semicolon + 1).split(";")) {
            if (!setting.isBlank() && !setting.toUpperCase(java.util.Locale.ROOT).startsWith("DB_CLOSE_ON_EXIT")) {
                kept.append(';').append(setting);
            }
        }
        return kept.toString();
    }
}
