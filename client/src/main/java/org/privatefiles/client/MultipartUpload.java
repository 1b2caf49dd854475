package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A file of one part or less as one {@code multipart/form-data} POST (API.md §5 Create), streamed
 * from disk, with the local MD5 as {@code file_hash} so that the service keeps nothing that differs.
 */
final class MultipartUpload {
    private final Api api;

    MultipartUpload(Api api) {
        this.api = api;
    }

    JsonNode send(String filesPath, LocalFile file, NewFileFields fields, String md5, Progress progress, RateLimit limit) {
        String boundary = "private-files-" + UUID.randomUUID();
        var head = new StringBuilder();
        fields.form().forEach((name, values) -> values.forEach(value -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n")));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file_hash\"\r\n\r\n").append(md5).append("\r\n");
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file_contents\"; filename=\"").append(quoted(file.name())).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        byte[] before = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] after = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = FileRangeBody.of(file.path(), 0, file.size(), before, after, progress, limit);
        HttpResponse<byte[]> response = api.exchange(api.request(filesPath)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build(), BodyHandlers.ofByteArray());
        if (response.statusCode() == 400 && Refusals.concerns(response.body(), "file_hash")) {
            throw ClientFailure.transfer("the bytes that arrived differ from " + file.path() + ": "
                    + Refusals.describe(response.statusCode(), response.body()), null);
        }
        if (response.statusCode() >= 400) {
            throw ClientFailure.refused(Refusals.describe(response.statusCode(), response.body()));
        }
        return Json.parseOrNull(response.body());
    }

    /** A file name inside a quoted header parameter, as browsers send it (quotes and line breaks escaped). */
    private static String quoted(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
