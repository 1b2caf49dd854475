package org.privatefiles.application.service;

import org.privatefiles.application.port.in.HealthReport;
import org.privatefiles.application.port.in.HealthUseCase;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.PrivateFileRepository;

/** Service: asks the file repository and the content store whether they answer. */
public final class HealthService implements HealthUseCase {
    private final PrivateFileRepository files;
    private final ContentStore content;

    HealthService(PrivateFileRepository files, ContentStore content) {
        this.files = files;
        this.content = content;
    }

    @Override
    public HealthReport check() {
        return new HealthReport(answers(files::isAvailable), answers(content::isAvailable));
    }

    private static boolean answers(java.util.function.BooleanSupplier probe) {
        try {
            return probe.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
