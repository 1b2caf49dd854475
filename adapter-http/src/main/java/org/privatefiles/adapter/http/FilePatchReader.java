package org.privatefiles.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.application.port.in.Fields;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.Problem.Expected;

/**
 * Reads a file's writable fields ({@link FileFields}) from a JSON object or form fields into a
 * {@link FilePatch}; a value it cannot read becomes one of the patch's unreadable fields with its
 * problem, so that the core reports it with every other field error of the request.
 */
final class FilePatchReader {
    private static final Problem NOT_A_FILE = new Problem.WrongType(Expected.FILE);

    private final FileFields fields;

    FilePatchReader(References references) {
        this.fields = new FileFields(references);
    }

    FilePatch fromJson(JsonNode body, OrgId org) {
        Json.requireObject(body);
        var patch = FilePatch.builder();
        for (FileField<?> field : fields.all()) {
            if (body.has(field.name())) {
                read(patch, field, () -> field.readJson(body.get(field.name()), org, patch));
            }
        }
        if (body.hasNonNull(FileHandlers.FILE_FIELD)) {
            patch.unreadable(Fields.CONTENT, NOT_A_FILE);
        }
        return patch.build();
    }

    FilePatch fromForm(FormFields form, OrgId org) {
        var patch = FilePatch.builder();
        for (FileField<?> field : fields.all()) {
            if (form.has(field.name())) {
                read(patch, field, () -> field.readForm(form.all(field.name()), org, patch));
            }
        }
        if (form.has(FileHandlers.FILE_FIELD)) {
            patch.unreadable(Fields.CONTENT, NOT_A_FILE);
        }
        return patch.build();
    }

    /** Runs a conversion; its complaint becomes an unreadable field of the patch. */
    private static void read(FilePatch.Builder patch, FileField<?> field, Runnable read) {
        try {
            read.run();
        } catch (UnreadableValue e) {
            patch.unreadable(field.name(), e.problem());
        }
    }
}
