package org.privatefiles.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.application.port.in.Fields;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.Problem.Expected;
import org.privatefiles.domain.file.DocumentTemplateId;
import org.privatefiles.domain.tag.FileTagId;
import org.privatefiles.domain.tag.FileTagRef;

/**
 * Reads a file's writable fields from a JSON object or form fields into a {@link FilePatch}; a
 * value it cannot read becomes one of the patch's unreadable fields with its problem, so that
 * the core reports it with every other field error of the request.
 */
final class FilePatchReader {
    private static final Problem NOT_A_FILE = new Problem.WrongType(Expected.FILE);
    private final References references;

    FilePatchReader(References references) {
        this.references = references;
    }

    FilePatch fromJson(JsonNode body, OrgId org) {
        Json.requireObject(body);
        var patch = FilePatch.builder();
        json(body, "project", patch, v -> patch.project(v.isNull() ? null : ProjectId.of(reference(v, org, true))));
        json(body, "document_template", patch,
                v -> patch.documentTemplate(v.isNull() ? null : DocumentTemplateId.of(reference(v, org, false))));
        json(body, "title", patch, v -> patch.title(v.isNull() ? null : FieldValues.string(v)));
        json(body, "file_tags", patch, v -> patch.fileTags(v.isNull() ? null : tags(v)));
        json(body, "system_uuid", patch, v -> patch.systemUuid(v.isNull() ? null : FieldValues.uuid(v)));
        json(body, "input_data", patch, v -> patch.inputData(v.isNull() ? null : Json.inputData(v)));
        json(body, "input_data_hash", patch, v -> patch.inputDataHash(v.isNull() ? null : FieldValues.string(v)));
        json(body, "status", patch, v -> patch.status(v.isNull() ? null : FieldValues.string(v)));
        json(body, "status_message", patch, v -> patch.statusMessage(v.isNull() ? null : FieldValues.string(v)));
        json(body, "show_customer", patch, v -> patch.showCustomer(v.isNull() ? null : FieldValues.bool(v)));
        json(body, "temporary", patch, v -> patch.temporary(v.isNull() ? null : FieldValues.bool(v)));
        if (body.hasNonNull(FileHandlers.FILE_FIELD)) {
            patch.unreadable(Fields.CONTENT, NOT_A_FILE);
        }
        return patch.build();
    }

    FilePatch fromForm(FormFields form, OrgId org) {
        var patch = FilePatch.builder();
        form(form, "project", patch, v -> patch.project(v.isEmpty() ? null : ProjectId.of(references.project(v, org))));
        form(form, "document_template", patch,
                v -> patch.documentTemplate(v.isEmpty() ? null : DocumentTemplateId.of(references.documentTemplate(v, org))));
        form(form, "title", patch, v -> patch.title(FieldValues.string(v)));
        if (form.has("file_tags")) {
            read(patch, "file_tags", () -> patch.fileTags(formTags(form.all("file_tags"))));
        }
        form(form, "system_uuid", patch, v -> patch.systemUuid(v.isBlank() ? null : FieldValues.uuid(v)));
        form(form, "input_data", patch, v -> {
            var node = parseJsonText(v);
            patch.inputData(node.isNull() ? null : Json.inputData(node));
        });
        form(form, "input_data_hash", patch, v -> patch.inputDataHash(FieldValues.string(v)));
        form(form, "status", patch, v -> patch.status(FieldValues.string(v)));
        form(form, "status_message", patch, v -> patch.statusMessage(FieldValues.string(v)));
        form(form, "show_customer", patch, v -> patch.showCustomer(FieldValues.bool(v)));
        form(form, "temporary", patch, v -> patch.temporary(FieldValues.bool(v)));
        if (form.has(FileHandlers.FILE_FIELD)) {
            patch.unreadable(Fields.CONTENT, NOT_A_FILE);
        }
        return patch.build();
    }

    private long reference(JsonNode value, OrgId org, boolean project) {
        String text;
        if (value.isTextual()) {
            text = value.textValue();
        } else if (value.isIntegralNumber() && value.canConvertToLong()) {
            text = Long.toString(value.longValue());
            if (value.longValue() <= 0) {
                throw References.unknown();
            }
        } else {
            throw new UnreadableValue(new Problem.WrongType(Expected.REFERENCE, Json.pythonType(value)));
        }
        return project ? references.project(text, org) : references.documentTemplate(text, org);
    }

    private List<FileTagRef> tags(JsonNode value) {
        if (!value.isArray()) {
            throw new UnreadableValue(new Problem.WrongType(Expected.LIST, Json.pythonType(value)));
        }
        List<FileTagRef> refs = new ArrayList<>();
        for (JsonNode element : value) {
            if (element.isTextual()) {
                refs.add(references.fileTag(element.textValue()));
            } else if (element.isIntegralNumber() && element.canConvertToLong() && element.longValue() > 0) {
                refs.add(new FileTagRef.ById(FileTagId.of(element.longValue()), element.asText()));
            } else if (element.isIntegralNumber()) {
                throw References.unknown();
            } else {
                throw new UnreadableValue(new Problem.WrongType(Expected.REFERENCE, Json.pythonType(element)));
            }
        }
        return refs;
    }

    /** Repeated fields, each possibly a comma-separated list; empty items are dropped (so an empty value clears). */
    private List<FileTagRef> formTags(List<String> values) {
        List<FileTagRef> refs = new ArrayList<>();
        for (String value : values) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    refs.add(references.fileTag(item.strip()));
                }
            }
        }
        return refs;
    }

    private static JsonNode parseJsonText(String text) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new UnreadableValue(new Problem.WrongType(Expected.JSON));
        }
        if (node == null || node.isMissingNode()) {
            throw new UnreadableValue(new Problem.WrongType(Expected.JSON));
        }
        return node;
    }

    private static void json(JsonNode body, String field, FilePatch.Builder patch, Consumer<JsonNode> read) {
        if (body.has(field)) {
            read(patch, field, () -> read.accept(body.get(field)));
        }
    }

    private static void form(FormFields form, String field, FilePatch.Builder patch, Consumer<String> read) {
        if (form.has(field)) {
            read(patch, field, () -> read.accept(form.last(field)));
        }
    }

    /** Runs a conversion; its complaint becomes an unreadable field of the patch. */
    private static void read(FilePatch.Builder patch, String field, Runnable read) {
        try {
            read.run();
        } catch (UnreadableValue e) {
            patch.unreadable(field, e.problem());
        }
    }
}
