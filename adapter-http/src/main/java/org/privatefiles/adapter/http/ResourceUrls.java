package org.privatefiles.adapter.http;

import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.file.DocumentTemplateId;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.tag.FileTagId;

/** The absolute URLs of resources, built from the configured public base URL; they always end in {@code /}. */
final class ResourceUrls {
    private final String base;

    ResourceUrls(String base) {
        this.base = base;
    }

    String file(OrgId org, FileId id) {
        return base + "/api/orgs/" + org.value() + "/private_files/" + id.value() + "/";
    }

    String org(OrgId org) {
        return base + "/api/orgs/" + org.value() + "/";
    }

    String project(OrgId org, ProjectId id) {
        return id == null ? null : base + "/api/orgs/" + org.value() + "/projects/" + id.value() + "/";
    }

    String documentTemplate(OrgId org, DocumentTemplateId id) {
        return id == null ? null : base + "/api/orgs/" + org.value() + "/document_templates/" + id.value() + "/";
    }

    String user(UserId id) {
        return base + "/api/global_users/" + id.value() + "/";
    }

    String fileTag(FileTagId id) {
        return base + "/api/file_tags/" + id.value() + "/";
    }
}
