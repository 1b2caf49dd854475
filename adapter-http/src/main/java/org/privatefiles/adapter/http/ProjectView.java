package org.privatefiles.adapter.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.privatefiles.application.port.in.ProjectFiles;

/** Web view of a project with the files on it the actor may read. */
@JsonPropertyOrder({"url", "id", "org", "title", "private_files", "private_files_data"})
record ProjectView(String url, long id, String org, String title, List<String> privateFiles,
                   List<FileView> privateFilesData) {
    static ProjectView from(ProjectFiles projectFiles, ResourceUrls urls, DownloadLinks links) {
        var project = projectFiles.project();
        var files = projectFiles.files();
        return new ProjectView(urls.project(project.org(), project.id()), project.id().value(), urls.org(project.org()),
                project.title(),
                files.stream().map(f -> urls.file(f.org(), f.id())).toList(),
                files.stream().map(f -> FileView.from(f, urls, links)).toList());
    }
}
