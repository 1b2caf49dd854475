package org.privatefiles.adapter.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.MimeTypes;
import org.privatefiles.application.port.in.StagedContent;

/** A multipart/form-data form read in one pass: text fields into memory, the file part streamed to a stager as it arrives. */
final class UploadForm {
    static final long TEXT_LIMIT = 16L * 1024 * 1024;

    /** Stores file content as it streams in. */
    interface Stager {
        StagedContent stage(InputStream content, String fileName);
    }

    /** The text fields, and the staged file part (null when none was submitted); closing removes an unclaimed file part. */
    record Result(FormFields fields, StagedContent file) implements AutoCloseable {
        @Override
        public void close() {
            if (file != null) {
                file.close();
            }
        }
    }

    private UploadForm() {
    }

    /** Reads the whole body; the first file part named {@code fileField} (null: none) is staged, other file parts are skipped. */
    static Result read(Context ctx, String fileField, Stager stager) {
        var fields = new FormFields();
        StagedContent file = null;
        long textLeft = TEXT_LIMIT;
        try (var parts = new MultipartReader(RequestBody.source(ctx), ctx.header("Content-Type"))) {
            for (var part = parts.next(); part != null; part = parts.next()) {
                if (part.fileName() == null && part.name() != null) {
                    byte[] text = part.content().readNBytes((int) textLeft + 1);
                    textLeft -= text.length;
                    if (textLeft < 0) {
                        throw HttpProblem.tooLarge("The form fields are too large.");
                    }
                    fields.add(part.name(), new String(text, charset(part.contentType())));
                } else if (file == null && part.name() != null && part.name().equals(fileField)) {
                    file = stager.stage(part.content(), part.fileName());
                    if (file.size() == 0 && part.fileName().isEmpty()) {
                        file.close(); // an empty file input: nothing was chosen
                        file = null;
                        fileField = null;
                    }
                }
            }
            var form = new Result(fields, file);
            file = null;
            return form;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.close();
            }
        }
    }

    private static Charset charset(String contentType) {
        String name = contentType == null ? null : MimeTypes.getCharsetFromContentType(contentType);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
