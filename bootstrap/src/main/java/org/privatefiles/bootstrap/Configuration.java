package org.privatefiles.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.privatefiles.adapter.http.ServerLimits;
import org.privatefiles.application.CoreSettings;
import org.privatefiles.domain.throttle.ThrottleLimits;

/** The resolved configuration of one run: where data lives, the database, the HTTP port and its limits, the content store, the core's tunables, metrics and log format. */
record Configuration(Path dataDir, Optional<String> dbUrl, String dbUser, String dbPassword, int port,
                     Optional<String> baseUrl, Optional<String> signingKey, int throttleOrgPerDay, int throttleUserPerHour,
                     long maxUploadBytes, long minPartBytes, Duration linkTtl, Duration uploadExpiry,
                     Duration temporaryExpiry, Duration tokenExpiry, ServerLimits serverLimits, Duration contentGrace,
                     StoreConfiguration store, OptionalInt metricsPort, LogFormat logFormat) {

    /** The public base URL: the configured one, else {@code http://localhost:{port}} with the port actually listened on. */
    String publicBaseUrl(int actualPort) {
        return baseUrl.orElse("http://localhost:" + actualPort);
    }

    CoreSettings coreSettings() {
        return CoreSettings.defaults()
                .withThrottleLimits(new ThrottleLimits(throttleOrgPerDay, throttleUserPerHour))
                .withMaxUploadBytes(maxUploadBytes)
                .withMinPartBytes(minPartBytes)
                .withExpiries(tokenExpiry, uploadExpiry, temporaryExpiry)
                .withOrphanContentGrace(contentGrace);
    }
}
