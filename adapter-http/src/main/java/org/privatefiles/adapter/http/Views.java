package org.privatefiles.adapter.http;

import org.privatefiles.application.port.in.ProjectFiles;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.tag.FileTag;

/** Renders domain objects as their web views, with the URLs and freshly signed links only this adapter builds. */
final class Views {
    private final ResourceUrls urls;
    private final DownloadLinks links;

    Views(ResourceUrls urls, DownloadLinks links) {
        this.urls = urls;
        this.links = links;
    }

    ResourceUrls urls() {
        return urls;
    }

    FileView file(PrivateFile file) {
        return FileView.from(file, urls, links);
    }

    FileTagView tag(FileTag tag) {
        return FileTagView.from(tag, urls);
    }

    ProjectView project(ProjectFiles project) {
        return ProjectView.from(project, urls, links);
    }
}
