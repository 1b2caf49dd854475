package org.privatefiles.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * One download into {@code TARGET.<file_hash>.part}, continued with {@code Range} (and
 * {@code If-Range} on the hash) when such a partial file exists, renamed to the target once its
 * MD5 equals the service's file_hash.
 */
final class Download {
    private final Api api;
    private final ClientContext context;
    private final boolean quiet;
    private final RateLimit limit;

    Download(Api api, ClientContext context, boolean quiet, RateLimit limit) {
        this.api = api;
        this.context = context;
        this.quiet = quiet;
        this.limit = limit;
    }

    void fetch(String link, long size, String fileHash, Path target) {
        Path partial = partialOf(target, fileHash);
        try {
            long have = Files.isRegularFile(partial) ? Files.size(partial) : 0;
            if (have > size) {
                Files.delete(partial);
                have = 0;
            }
            MessageDigest digest = have == 0 ? Md5.digest() : Md5.update(Md5.digest(), partial, 0, have);
            if (have < size) {
                have = receive(link, size, fileHash, partial, have, digest);
            }
            String md5 = Md5.hex(digest.digest());
            if (!md5.equals(fileHash)) {
                Files.deleteIfExists(partial);
                throw ClientFailure.transfer("the download's MD5 " + md5 + " is not the file_hash " + fileHash, null);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw ClientFailure.transfer("the download broke off (run the same command again to resume): " + Api.describe(e), e);
        }
    }

    static Path partialOf(Path target, String fileHash) {
        return target.resolveSibling(target.getFileName() + "." + fileHash + ".part");
    }

    /** Receives the rest from {@code have}; returns the new length. A 200 (the service ignored the range) starts over. */
    private long receive(String link, long size, String fileHash, Path partial, long have, MessageDigest digest) throws IOException {
        var request = api.request(link).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-").header("If-Range", "\"" + fileHash + "\"");
        }
        HttpResponse<InputStream> response = api.stream(request.build());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status >= 400) {
                throw ClientFailure.refused(Refusals.describe(status, body.readAllBytes()));
            }
            boolean append = status == 206;
            if (!append) {
                digest.reset();
                have = 0;
            }
            var options = append ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND}
                    : new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE};
            try (Progress progress = Progress.of(context, quiet, partial.getFileName().toString().replace("." + fileHash + ".part", ""), size, have);
                 OutputStream out = Files.newOutputStream(partial, options)) {
                InputStream in = new MeteredInputStream(body, progress, limit);
                byte[] buffer = new byte[RateLimit.CHUNK];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    digest.update(buffer, 0, n);
                    have += n;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return have;
    }
}
