package org.privatefiles.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The generated link-signing keys in {@code <data-dir>/signing-key} (owner-only): one key per line,
 * {@code KEY-ID SECRET RETIRED-AT}, the first line signing, {@code -} for "not retired". A retired
 * key verifies until every link it signed has expired (retired-at + link TTL), then is dropped.
 */
final class SigningKeyFile {
    static final String NAME = "signing-key";
    private static final String HEADER = "# private-files link-signing keys: KEY-ID SECRET(base64url) RETIRED-AT; the first signs, all verify\n";

    private final Path file;
    private final Duration linkTtl;

    SigningKeyFile(Path dataDir, Duration linkTtl) {
        this.file = dataDir.resolve(NAME);
        this.linkTtl = linkTtl;
    }

    /** The keys, generating the file with one fresh key on first use. */
    SigningKeyRing loadOrCreate(Instant now) {
        if (!Files.exists(file)) {
            createIfAbsent(List.of(SigningKey.generate()));
        }
        return ringOf(read(), now);
    }

    /** Makes a new current key, retires the old current one now, and drops keys whose links have all expired. */
    SigningKey rotate(Instant now) {
        List<SigningKey> keys = Files.exists(file) ? read() : List.of();
        var next = new ArrayList<SigningKey>();
        SigningKey fresh = SigningKey.generate();
        next.add(fresh);
        for (SigningKey key : keys) {
            SigningKey old = key.retiredAt().isPresent() ? key : key.retired(now);
            if (stillVerifies(old, now)) {
                next.add(old);
            }
        }
        replace(next);
        return fresh;
    }

    private SigningKeyRing ringOf(List<SigningKey> keys, Instant now) {
        if (keys.isEmpty()) {
            throw new IllegalStateException(file + " holds no signing key");
        }
        List<SigningKey> older = keys.subList(1, keys.size()).stream().filter(k -> stillVerifies(k, now)).toList();
        return new SigningKeyRing(keys.get(0), older);
    }

    private boolean stillVerifies(SigningKey key, Instant now) {
        return key.retiredAt().map(retired -> retired.plus(linkTtl).isAfter(now)).orElse(true);
    }

    private List<SigningKey> read() {
        try {
            var keys = new ArrayList<SigningKey>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+");
                if (parts.length != 3) {
                    throw new IllegalStateException("malformed line in " + file + ": expected KEY-ID SECRET RETIRED-AT");
                }
                Optional<Instant> retired = parts[2].equals("-") ? Optional.empty() : Optional.of(Instant.parse(parts[2]));
                keys.add(new SigningKey(parts[0], Base64.getUrlDecoder().decode(parts[1]), retired));
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException("malformed " + file + ": " + e.getMessage(), e);
        }
    }

    private static String format(List<SigningKey> keys) {
        var out = new StringBuilder(HEADER);
        for (SigningKey key : keys) {
            out.append(key.id()).append(' ')
                    .append(Base64.getUrlEncoder().withoutPadding().encodeToString(key.secret())).append(' ')
                    .append(key.retiredAt().map(Instant::toString).orElse("-")).append('\n');
        }
        return out.toString();
    }

    /** Writes the keys only if no other process made the file meanwhile (a hard link cannot overwrite). */
    private void createIfAbsent(List<SigningKey> keys) {
        Path temp = OwnerOnlyFiles.writeTemp(file, format(keys));
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // another process won the race: use its keys
        } catch (UnsupportedOperationException | IOException e) {
            OwnerOnlyFiles.moveInto(temp, file);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void replace(List<SigningKey> keys) {
        OwnerOnlyFiles.write(file, format(keys));
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more to do: the key file is in place either way
        }
    }
}
