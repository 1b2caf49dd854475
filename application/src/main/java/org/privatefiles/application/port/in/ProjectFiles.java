package org.privatefiles.application.port.in;

import java.util.List;
import org.privatefiles.domain.actor.Project;
import org.privatefiles.domain.file.PrivateFile;

/** A project with the files on it that the actor may read. */
public record ProjectFiles(Project project, List<PrivateFile> files) {
    public ProjectFiles {
        files = List.copyOf(files);
    }
}
