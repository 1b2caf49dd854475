package org.privatefiles.adapter.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import org.privatefiles.domain.file.ChunkedUpload;
import org.privatefiles.domain.file.ContentFacts;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.tag.FileTag;

/** Web view of a private file: the 24 fields of API.md §4 in their order, null where empty. */
@JsonPropertyOrder({"url", "id", "org", "project", "user", "document_template", "title", "file_contents", "filesize",
        "file_tags", "file_tags_data", "system_uuid", "input_data", "input_data_hash", "file_hash", "status",
        "status_message", "show_customer", "temporary", "upload_id", "parts", "completed_on", "created_date",
        "modified_date"})
record FileView(String url, long id, String org, String project, String user, String documentTemplate, String title,
                String fileContents, Long filesize, List<String> fileTags, List<FileTagView> fileTagsData,
                String systemUuid, @JsonRawValue String inputData, String inputDataHash, String fileHash,
                String status, String statusMessage, boolean showCustomer, boolean temporary, String uploadId,
                List<PartView> parts, String completedOn, String createdDate, String modifiedDate) {

    /** The view of a file, with a freshly signed {@code file_contents} link. */
    static FileView from(PrivateFile file, ResourceUrls urls, DownloadLinks links) {
        ContentFacts content = file.content();
        ChunkedUpload upload = file.upload();
        List<FileTag> tags = file.tags();
        return new FileView(
                urls.file(file.org(), file.id()),
                file.id().value(),
                urls.org(file.org()),
                urls.project(file.org(), file.project()),
                urls.user(file.user()),
                urls.documentTemplate(file.org(), file.documentTemplate()),
                file.title().value(),
                links.linkFor(file),
                content == null ? null : content.size(),
                tags.stream().map(tag -> urls.fileTag(tag.id())).toList(),
                tags.stream().map(tag -> FileTagView.from(tag, urls)).toList(),
                file.systemUuid() == null ? null : file.systemUuid().toString(),
                file.inputData(),
                file.inputDataHash(),
                content == null ? null : content.md5(),
                file.status(),
                file.statusMessage(),
                file.showCustomer(),
                file.temporary(),
                upload == null ? null : upload.uploadId(),
                upload == null ? null : upload.parts().stream().map(PartView::from).toList(),
                upload == null ? null : Timestamps.format(upload.completedOn()),
                Timestamps.format(file.createdDate()),
                Timestamps.format(file.modifiedDate()));
    }
}
