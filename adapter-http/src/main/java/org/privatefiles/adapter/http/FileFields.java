package org.privatefiles.adapter.http;

import static org.privatefiles.adapter.http.FileField.lastValue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.Problem.Expected;
import org.privatefiles.domain.file.DocumentTemplateId;
import org.privatefiles.domain.file.InputData;
import org.privatefiles.domain.tag.FileTagId;
import org.privatefiles.domain.tag.FileTagRef;

/** The writable fields of a private file (API.md §4), one row each: adding a field touches one row here. */
final class FileFields {
    private final References references;
    private final List<FileField<?>> all;

    FileFields(References references) {
        this.references = references;
        this.all = List.of(
                new FileField<>("project", (v, org) -> ProjectId.of(reference(v, org, true)),
                        lastValue((v, org) -> v.isEmpty() ? null : ProjectId.of(references.project(v, org))),
                        FilePatch.Builder::project),
                new FileField<>("document_template", (v, org) -> DocumentTemplateId.of(reference(v, org, false)),
                        lastValue((v, org) -> v.isEmpty() ? null : DocumentTemplateId.of(references.documentTemplate(v, org))),
                        FilePatch.Builder::documentTemplate),
                text("title", FilePatch.Builder::title),
                new FileField<>("file_tags", (v, org) -> tags(v), (values, org) -> references.fileTags(values),
                        FilePatch.Builder::fileTags),
                new FileField<>("system_uuid", (v, org) -> FieldValues.uuid(v),
                        lastValue((v, org) -> v.isBlank() ? null : FieldValues.uuid(v)), FilePatch.Builder::systemUuid),
                new FileField<>("input_data", (v, org) -> Json.inputData(v), lastValue((v, org) -> inputData(v)),
                        FilePatch.Builder::inputData),
                text("input_data_hash", FilePatch.Builder::inputDataHash),
                text("status", FilePatch.Builder::status),
                text("status_message", FilePatch.Builder::statusMessage),
                flag("show_customer", FilePatch.Builder::showCustomer),
                flag("temporary", FilePatch.Builder::temporary));
    }

    List<FileField<?>> all() {
        return all;
    }

    private static FileField<String> text(String name, BiConsumer<FilePatch.Builder, String> setter) {
        return new FileField<>(name, (v, org) -> FieldValues.string(v), lastValue((v, org) -> FieldValues.string(v)), setter);
    }

    private static FileField<Boolean> flag(String name, BiConsumer<FilePatch.Builder, Boolean> setter) {
        return new FileField<>(name, (v, org) -> FieldValues.bool(v), lastValue((v, org) -> FieldValues.bool(v)), setter);
    }

    /** A project or document template given as an id, a URL or a path. */
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

    /** Input data sent as JSON text in a form field; the text {@code null} clears it. */
    private static InputData inputData(String text) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new UnreadableValue(new Problem.WrongType(Expected.JSON));
        }
        if (node == null || node.isMissingNode()) {
            throw new UnreadableValue(new Problem.WrongType(Expected.JSON));
        }
        return node.isNull() ? null : Json.inputData(node);
    }
}
