package org.privatefiles.domain.file;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.tag.FileTag;

/** Builds a {@link PrivateFile} field by field, from scratch or from an existing one. */
public final class PrivateFileBuilder {
    private FileId id;
    private OrgId org;
    private ProjectId project;
    private UserId user;
    private DocumentTemplateId documentTemplate;
    private Title title;
    private ContentFacts content;
    private List<FileTag> tags = List.of();
    private UUID systemUuid;
    private String inputData;
    private String inputDataHash;
    private String status;
    private String statusMessage;
    private boolean showCustomer;
    private boolean temporary;
    private ChunkedUpload upload;
    private Instant createdDate;
    private Instant modifiedDate;
    private String uploadedName;
    private long version = PrivateFile.FIRST_VERSION;

    public static PrivateFileBuilder from(PrivateFile f) {
        var b = new PrivateFileBuilder();
        b.id = f.id();
        b.org = f.org();
        b.project = f.project();
        b.user = f.user();
        b.documentTemplate = f.documentTemplate();
        b.title = f.title();
        b.content = f.content();
        b.tags = f.tags();
        b.systemUuid = f.systemUuid();
        b.inputData = f.inputData();
        b.inputDataHash = f.inputDataHash();
        b.status = f.status();
        b.statusMessage = f.statusMessage();
        b.showCustomer = f.showCustomer();
        b.temporary = f.temporary();
        b.upload = f.upload();
        b.createdDate = f.createdDate();
        b.modifiedDate = f.modifiedDate();
        b.uploadedName = f.uploadedName();
        b.version = f.version();
        return b;
    }

    public PrivateFileBuilder id(FileId v) { id = v; return this; }
    public PrivateFileBuilder org(OrgId v) { org = v; return this; }
    public PrivateFileBuilder project(ProjectId v) { project = v; return this; }
    public PrivateFileBuilder user(UserId v) { user = v; return this; }
    public PrivateFileBuilder documentTemplate(DocumentTemplateId v) { documentTemplate = v; return this; }
    public PrivateFileBuilder title(Title v) { title = v; return this; }
    public PrivateFileBuilder content(ContentFacts v) { content = v; return this; }
    public PrivateFileBuilder tags(List<FileTag> v) { tags = v; return this; }
    public PrivateFileBuilder systemUuid(UUID v) { systemUuid = v; return this; }
    public PrivateFileBuilder inputData(String v) { inputData = v; return this; }
    public PrivateFileBuilder inputDataHash(String v) { inputDataHash = v; return this; }
    public PrivateFileBuilder status(String v) { status = v; return this; }
    public PrivateFileBuilder statusMessage(String v) { statusMessage = v; return this; }
    public PrivateFileBuilder showCustomer(boolean v) { showCustomer = v; return this; }
    public PrivateFileBuilder temporary(boolean v) { temporary = v; return this; }
    public PrivateFileBuilder upload(ChunkedUpload v) { upload = v; return this; }
    public PrivateFileBuilder createdDate(Instant v) { createdDate = v; return this; }
    public PrivateFileBuilder modifiedDate(Instant v) { modifiedDate = v; return this; }
    public PrivateFileBuilder uploadedName(String v) { uploadedName = v; return this; }
    public PrivateFileBuilder version(long v) { version = v; return this; }

    public PrivateFile build() {
        return new PrivateFile(id, org, project, user, documentTemplate, title, content, tags, systemUuid,
                inputData, inputDataHash, status, statusMessage, showCustomer, temporary, upload,
                createdDate, modifiedDate, uploadedName, version);
    }
}
