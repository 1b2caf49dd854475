package org.privatefiles.application.port.in;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.file.DocumentTemplateId;
import org.privatefiles.domain.file.InputData;
import org.privatefiles.domain.tag.FileTagRef;

/**
 * The writable fields of a private file a request sets; a null component means "not given".
 * Used for creating (unset fields take their defaults) and for updating (unset fields stay).
 * {@code unreadable} holds the fields a request gave that could not be read (a value of the wrong
 * type, say), with why: the core reports them together with its own findings, so that every
 * field error of one request is reported at once.
 */
public record FilePatch(
        Change<ProjectId> project,
        Change<DocumentTemplateId> documentTemplate,
        Change<String> title,
        Change<List<FileTagRef>> fileTags,
        Change<UUID> systemUuid,
        Change<InputData> inputData,
        Change<String> inputDataHash,
        Change<String> status,
        Change<String> statusMessage,
        Change<Boolean> showCustomer,
        Change<Boolean> temporary,
        Map<String, List<Problem>> unreadable) {

    public static final FilePatch EMPTY = builder().build();

    public FilePatch {
        var copy = new LinkedHashMap<String, List<Problem>>();
        unreadable.forEach((field, problems) -> copy.put(field, List.copyOf(problems)));
        unreadable = Collections.unmodifiableMap(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a patch one field at a time. */
    public static final class Builder {
        private Change<ProjectId> project;
        private Change<DocumentTemplateId> documentTemplate;
        private Change<String> title;
        private Change<List<FileTagRef>> fileTags;
        private Change<UUID> systemUuid;
        private Change<InputData> inputData;
        private Change<String> inputDataHash;
        private Change<String> status;
        private Change<String> statusMessage;
        private Change<Boolean> showCustomer;
        private Change<Boolean> temporary;
        private final Map<String, List<Problem>> unreadable = new LinkedHashMap<>();

        public Builder project(ProjectId v) { project = Change.to(v); return this; }
        public Builder documentTemplate(DocumentTemplateId v) { documentTemplate = Change.to(v); return this; }
        public Builder title(String v) { title = Change.to(v); return this; }
        public Builder fileTags(List<FileTagRef> v) { fileTags = Change.to(v == null ? null : List.copyOf(v)); return this; }
        public Builder systemUuid(UUID v) { systemUuid = Change.to(v); return this; }
        public Builder inputData(InputData v) { inputData = Change.to(v); return this; }
        public Builder inputDataHash(String v) { inputDataHash = Change.to(v); return this; }
        public Builder status(String v) { status = Change.to(v); return this; }
        public Builder statusMessage(String v) { statusMessage = Change.to(v); return this; }
        public Builder showCustomer(Boolean v) { showCustomer = Change.to(v); return this; }
        public Builder temporary(Boolean v) { temporary = Change.to(v); return this; }

        /** Records that a field the request gave could not be read, and why. */
        public Builder unreadable(String field, Problem problem) {
            unreadable.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
            return this;
        }

        public FilePatch build() {
            return new FilePatch(project, documentTemplate, title, fileTags, systemUuid, inputData, inputDataHash,
                    status, statusMessage, showCustomer, temporary, unreadable);
        }
    }
}
