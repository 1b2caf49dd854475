package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code PUT .../parts/N/} of one part, streamed from the file with its Content-MD5; a network
 * failure or a busy service ({@code 408}, {@code 429}, {@code 503}) is retried a few times.
 */
final class PartSender {
    static final int ATTEMPTS = 4;

    private final Api api;
    private final RateLimit limit;

    PartSender(Api api, RateLimit limit) {
        this.api = api;
        this.limit = limit;
    }

    /** Sends the part and returns its etag, the MD5 the service computed (equal to {@code md5}). */
    String send(String filePath, int number, LocalFile file, long offset, long length, String md5, Progress progress) {
        for (int attempt = 1; ; attempt++) {
            var sent = new AtomicLong();
            Progress counted = new Progress() {
                @Override
                public void advance(long bytes) {
                    sent.addAndGet(bytes);
                    progress.advance(bytes);
                }

                @Override
                public void close() {
                }
            };
            var body = FileRangeBody.of(file.path(), offset, length, new byte[0], new byte[0], counted, limit);
            var request = api.request(filePath + "parts/" + number + "/")
                    .header("Content-Type", "application/octet-stream")
                    .header("Content-MD5", Md5.base64OfHex(md5))
                    .PUT(body).build();
            HttpResponse<byte[]> response;
            try {
                response = api.exchange(request, BodyHandlers.ofByteArray());
            } catch (ClientFailure failure) {
                progress.advance(-sent.get());
                if (attempt >= ATTEMPTS) {
                    throw failure;
                }
                pause(attempt, null);
                continue;
            }
            int status = response.statusCode();
            if (status == 408 || status == 429 || status == 503) {
                progress.advance(-sent.get());
                if (attempt >= ATTEMPTS) {
                    throw ClientFailure.refused("part " + number + ": " + Refusals.describe(status, response.body()));
                }
                pause(attempt, response.headers().firstValue("Retry-After").orElse(null));
                continue;
            }
            if (status == 400 && Refusals.concerns(response.body(), "Content-MD5")) {
                throw ClientFailure.transfer("part " + number + " arrived damaged: " + Refusals.describe(status, response.body()), null);
            }
            if (status >= 400) {
                throw ClientFailure.refused("part " + number + ": " + Refusals.describe(status, response.body()));
            }
            JsonNode part = Json.parseOrNull(response.body());
            String etag = part == null ? "" : part.path("etag").asText();
            if (!etag.equals(md5)) {
                throw ClientFailure.transfer("part " + number + ": the service stored MD5 " + etag + ", not " + md5, null);
            }
            return etag;
        }
    }

    private static void pause(int attempt, String retryAfter) {
        long seconds = attempt;
        if (retryAfter != null && retryAfter.strip().matches("[0-9]{1,3}")) {
            seconds = Math.min(30, Long.parseLong(retryAfter.strip()));
        }
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ClientFailure.transfer("interrupted", e);
        }
    }
}
