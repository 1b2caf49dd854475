package org.privatefiles.application.service;

import java.util.Objects;
import org.privatefiles.application.port.in.Change;
import org.privatefiles.application.port.in.FilePatch;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.Validation;
import org.privatefiles.domain.file.DocumentTemplateId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.PrivateFileBuilder;
import org.privatefiles.domain.file.Title;

/**
 * Builds the file a request's fields make (a new one, or a change of one), with the rules on each: valid title
 * and status, a project the actor may edit, known tags, export tags only with the export
 * permission (403), input-data hash derived when not given. Collects every field error.
 */
final class FilePatchApplier {
    private final Directory directory;
    private final TagResolver tags;
    private final AccessPolicy policy;

    FilePatchApplier(Directory directory, TagResolver tags, AccessPolicy policy) {
        this.directory = directory;
        this.tags = tags;
        this.policy = policy;
    }

    /** A new file: {@code base} with every field the patch gives; without a title in the patch, {@code defaultTitle}, required when null. */
    PrivateFile create(Actor actor, FilePatch patch, PrivateFileBuilder base, Title defaultTitle) {
        var validation = new Validation();
        if (patch.title() == null && defaultTitle != null) {
            base.title(defaultTitle);
        } else if (patch.title() == null && !patch.unreadable().containsKey("title")) {
            validation.add("title", new Problem.Required());
        }
        return apply(validation, actor, patch, null, base);
    }

    /** {@code current} changed by every field the patch gives, on top of {@code base} (a builder from it). */
    PrivateFile update(Actor actor, FilePatch patch, PrivateFile current, PrivateFileBuilder base) {
        return apply(new Validation(), actor, patch, current, base);
    }

    private PrivateFile apply(Validation validation, Actor actor, FilePatch patch, PrivateFile current, PrivateFileBuilder target) {
        validation.addAll(patch.unreadable());
        if (patch.project() != null) {
            validation.check(() -> target.project(project(actor, patch.project().value(), current)));
        }
        if (patch.documentTemplate() != null) {
            validation.check(() -> target.documentTemplate(documentTemplate(actor, patch.documentTemplate().value(), current)));
        }
        if (patch.title() != null) {
            validation.check(() -> target.title(Title.of(trimmed(patch.title().value()))));
        }
        if (patch.fileTags() != null) {
            validation.check(() -> {
                var refs = patch.fileTags().value();
                if (refs == null) {
                    throw InvalidException.of("file_tags", new Problem.NotNull());
                }
                var resolved = tags.resolve(refs, "file_tags");
                Refusals.requireAllowed(policy.applyTags(actor, resolved));
                target.tags(resolved);
            });
        }
        if (patch.systemUuid() != null) {
            target.systemUuid(patch.systemUuid().value());
        }
        if (patch.inputData() != null) {
            var data = patch.inputData().value();
            target.inputData(data == null ? null : data.json());
            if (patch.inputDataHash() == null) {
                target.inputDataHash(data == null ? null : data.hash());
            }
        }
        if (patch.inputDataHash() != null) {
            target.inputDataHash(trimmed(patch.inputDataHash().value()));
        }
        if (patch.status() != null) {
            String status = trimmed(patch.status().value());
            if (status != null && status.length() > PrivateFile.STATUS_MAX_LENGTH) {
                validation.add("status", new Problem.TooLong(PrivateFile.STATUS_MAX_LENGTH));
            } else {
                target.status(status);
            }
        }
        if (patch.statusMessage() != null) {
            target.statusMessage(trimmed(patch.statusMessage().value()));
        }
        flag(validation, "show_customer", patch.showCustomer(), target::showCustomer);
        flag(validation, "temporary", patch.temporary(), target::temporary);
        validation.throwIfInvalid();
        return target.build();
    }

    private ProjectId project(Actor actor, ProjectId requested, PrivateFile current) {
        if (requested == null || (current != null && Objects.equals(requested, current.project()))) {
            return requested;
        }
        boolean ofOrg = directory.findProject(requested).filter(p -> p.org().equals(actor.org())).isPresent();
        if (!ofOrg || !policy.attachToProject(actor, requested).allowed()) {
            throw InvalidException.of("project", new Problem.UnknownReference(requested.toString()));
        }
        return requested;
    }

    private DocumentTemplateId documentTemplate(Actor actor, DocumentTemplateId requested, PrivateFile current) {
        if (requested == null || (current != null && Objects.equals(requested, current.documentTemplate()))) {
            return requested;
        }
        if (directory.findDocumentTemplate(requested).filter(t -> t.org().equals(actor.org())).isEmpty()) {
            throw InvalidException.of("document_template", new Problem.UnknownReference(requested.toString()));
        }
        return requested;
    }

    /** DRF's CharField trims surrounding whitespace before validating. */
    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    private static void flag(Validation validation, String field, Change<Boolean> change, java.util.function.Consumer<Boolean> setter) {
        if (change == null) {
            return;
        }
        if (change.value() == null) {
            validation.add(field, new Problem.NotNull());
        } else {
            setter.accept(change.value());
        }
    }

}
