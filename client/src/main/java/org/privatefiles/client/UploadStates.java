package org.privatefiles.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The uploads in progress, one owner-only JSON file each under the state folder, named by a hash
 * of (server, org, absolute path): a second run on the same file finds the state, and compares
 * size and modification time ({@link UploadState#sameLocalFile}) to resume or to start over.
 */
final class UploadStates {
    private final Path dir;

    UploadStates(Path dir) {
        this.dir = dir;
    }

    Optional<UploadState> find(String server, long org, Path file) {
        Path stateFile = fileOf(server, org, file);
        if (!Files.isRegularFile(stateFile)) {
            return Optional.empty();
        }
        try {
            UploadState state = Json.MAPPER.readValue(stateFile.toFile(), UploadState.class);
            boolean ours = state.server().equals(server) && state.org() == org && state.path().equals(file.toString());
            return ours ? Optional.of(state) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void save(UploadState state) {
        try {
            OwnerOnlyFile.write(fileOf(state.server(), state.org(), Path.of(state.path())), Json.MAPPER.writeValueAsBytes(state));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the upload state", e);
        }
    }

    void delete(UploadState state) {
        try {
            Files.deleteIfExists(fileOf(state.server(), state.org(), Path.of(state.path())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the upload state", e);
        }
    }

    /** The state file of a (server, org, absolute path). */
    Path fileOf(String server, long org, Path file) {
        return dir.resolve(key(server, org, file) + ".json");
    }

    static String key(String server, long org, Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((server + "\n" + org + "\n" + file).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
