package org.privatefiles.bootstrap;

import java.time.Duration;
import org.privatefiles.application.CoreSettings;
import picocli.CommandLine.Option;

/** Configuration flags of the core's tunables; their defaults are the core's own ({@link CoreSettings#defaults()}). */
@FromEnvironment
final class CoreOptions {
    private static final CoreSettings DEFAULTS = CoreSettings.defaults();

    @Option(names = "--throttle-org-per-day", paramLabel = "N", converter = NumberConverters.Count.class,
            description = "(per scope: read, write)")
    int throttleOrgPerDay = DEFAULTS.throttleLimits().orgPerDay();

    @Option(names = "--throttle-user-per-hour", paramLabel = "N", converter = NumberConverters.Count.class,
            description = "(per scope)")
    int throttleUserPerHour = DEFAULTS.throttleLimits().userPerHour();

    @Option(names = "--max-upload-bytes", paramLabel = "BYTES", converter = NumberConverters.PositiveBytes.class)
    long maxUploadBytes = DEFAULTS.maxUploadBytes();

    @Option(names = "--min-part-bytes", paramLabel = "BYTES", converter = NumberConverters.Bytes.class,
            description = "(chunked uploads)")
    long minPartBytes = DEFAULTS.minPartBytes();

    @Option(names = "--upload-expiry", paramLabel = "DURATION", converter = NumberConverters.PositiveDuration.class,
            description = "incomplete chunked uploads are removed after this")
    Duration uploadExpiry = DEFAULTS.uploadExpiry();

    @Option(names = "--temporary-expiry", paramLabel = "DURATION", converter = NumberConverters.PositiveDuration.class,
            description = "temporary files are removed after this")
    Duration temporaryExpiry = DEFAULTS.temporaryExpiry();

    @Option(names = "--token-expiry", paramLabel = "DURATION", converter = NumberConverters.PositiveDuration.class,
            description = "lifetime of tokens from /api-token-auth/")
    Duration tokenExpiry = DEFAULTS.tokenExpiry();

    @Option(names = "--content-grace", paramLabel = "DURATION", converter = NumberConverters.PositiveDuration.class,
            description = "unreferenced content and unfinished writes untouched this long are swept")
    Duration contentGrace = DEFAULTS.orphanContentGrace();
}
