package org.privatefiles.application.service;

import org.privatefiles.application.port.in.StagedContent;

/** The name an uploaded file is kept under: the client's file name without any folders, or none when it sent none. */
final class UploadedNames {
    private UploadedNames() {
    }

    static String of(StagedContent staged) {
        String name = staged.fileName();
        if (name == null) {
            return null;
        }
        name = name.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.isBlank() ? null : name;
    }
}
