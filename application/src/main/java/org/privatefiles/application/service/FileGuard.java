package org.privatefiles.application.service;

import org.privatefiles.application.port.in.Admission;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.domain.access.AccessNeed;
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;

/** Finds a file of the admitted org and checks the actor's access to it: 404 before 403. */
final class FileGuard {
    private final PrivateFileRepository files;
    private final AccessPolicy policy;

    FileGuard(PrivateFileRepository files, AccessPolicy policy) {
        this.files = files;
        this.policy = policy;
    }

    PrivateFile require(Admission admission, FileId id, AccessNeed need) {
        var file = files.find(admission.actor().org(), id).orElseThrow(() -> new NotFoundException("Not found."));
        Refusals.requireAllowed(policy.decide(admission.actor(), file, need));
        return file;
    }
}
