package org.privatefiles.adapter.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;

/**
 * The headers that describe a download (API.md §6): the Content-Type of the title's extension,
 * else of the uploaded file's name, from Apache Tika's MIME database; an attachment
 * Content-Disposition named after the title, with the uploaded name's extension when the title
 * has none.
 */
final class ContentHeaders {
    static final String OCTET_STREAM = "application/octet-stream";
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private ContentHeaders() {
    }

    /** The media type for a file with this title and uploaded name (null when none was given). */
    static String contentType(String title, String uploadedName) {
        String type = typeByName(title);
        if (type == null && uploadedName != null) {
            type = typeByName(uploadedName);
        }
        return type == null ? OCTET_STREAM : type;
    }

    /** The name a download is saved under: the title, with the uploaded name's extension when the title has none. */
    static String downloadName(String title, String uploadedName) {
        String extension = uploadedName == null ? "" : extension(uploadedName);
        return extension(title).isEmpty() && !extension.isEmpty() ? title + extension : title;
    }

    private static String typeByName(String name) {
        if (extension(name).isEmpty()) {
            return null;
        }
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name.strip());
        String type;
        try {
            type = TYPES.detect(null, metadata).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not reached: with no stream Tika reads nothing
        }
        return type.equals(MimeTypes.OCTET_STREAM) ? null : type;
    }

    /** The extension with its dot ({@code .pdf}), or empty: a dot that starts or ends the name does not make one. */
    private static String extension(String name) {
        String stripped = name.strip();
        int dot = stripped.lastIndexOf('.');
        return dot <= 0 || dot == stripped.length() - 1 ? "" : stripped.substring(dot);
    }

    /** {@code attachment; filename="<ascii>"; filename*=UTF-8''<RFC 5987>}. */
    static String attachment(String title) {
        return "attachment; filename=\"" + asciiName(title) + "\"; filename*=UTF-8''" + PercentEncoding.encode(title, PercentEncoding.ATTR_CHAR);
    }

    private static String asciiName(String title) {
        var out = new StringBuilder(title.length());
        title.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }
}
