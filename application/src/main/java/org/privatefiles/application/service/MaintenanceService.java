package org.privatefiles.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.application.port.in.MaintenanceUseCase;
import org.privatefiles.application.port.in.SweepReport;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.application.port.out.StoredKey;
import org.privatefiles.application.port.out.ThrottleStore;
import org.privatefiles.domain.failure.ConcurrentChangeException;
import org.privatefiles.domain.throttle.LogInThrottle;
import org.privatefiles.domain.throttle.ThrottlePolicy;

/**
 * Service: one maintenance pass. Content is only swept once older than a grace period, because
 * content is written before the row that will use it is committed.
 */
public final class MaintenanceService implements MaintenanceUseCase {
    private static final int BATCH = 1000;

    private final PrivateFileRepository files;
    private final ContentStore content;
    private final ThrottleStore throttle;
    private final FileRemoval removal;
    private final CoreSettings settings;
    private final Clock clock;

    MaintenanceService(PrivateFileRepository files, ContentStore content, ThrottleStore throttle, FileRemoval removal,
                       CoreSettings settings, Clock clock) {
        this.files = files;
        this.content = content;
        this.throttle = throttle;
        this.removal = removal;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SweepReport sweep() {
        var now = Timestamps.now(clock);
        int temporary = removeAll(files.temporaryCreatedBefore(now.minus(settings.temporaryExpiry())));
        int uploads = removeAll(files.incompleteUploadsCreatedBefore(now.minus(settings.uploadExpiry())));
        var graceCutoff = now.minus(settings.orphanContentGrace());
        int orphans = removeOrphans(graceCutoff);
        int unfinished = content.removeUnfinishedWritesBefore(graceCutoff);
        Duration longestWindow = ThrottlePolicy.ORG_WINDOW.compareTo(LogInThrottle.WINDOW) > 0
                ? ThrottlePolicy.ORG_WINDOW : LogInThrottle.WINDOW;
        int throttleEntries = throttle.forgetBefore(now.minus(longestWindow));
        return new SweepReport(temporary, uploads, orphans, unfinished, throttleEntries);
    }

    private int removeAll(List<org.privatefiles.domain.file.PrivateFile> expired) {
        int removed = 0;
        for (var file : expired) {
            try {
                if (removal.remove(file)) {
                    removed++;
                }
            } catch (ConcurrentChangeException e) {
                // written to since it was listed: the next sweep looks at it again
            }
        }
        return removed;
    }

    private int removeOrphans(java.time.Instant cutoff) {
        int removed = 0;
        List<String> batch = new ArrayList<>();
        try (var keys = content.keys()) {
            var it = keys.filter(k -> k.lastModified().isBefore(cutoff)).map(StoredKey::key).iterator();
            while (it.hasNext()) {
                batch.add(it.next());
                if (batch.size() == BATCH || !it.hasNext()) {
                    var inUse = files.keysInUse(batch);
                    for (String key : batch) {
                        if (!inUse.contains(key) && content.delete(key)) {
                            removed++;
                        }
                    }
                    batch.clear();
                }
            }
        }
        return removed;
    }
}
