package org.privatefiles.bootstrap;

import java.time.Duration;
import org.privatefiles.adapter.http.HttpSettings;
import org.privatefiles.adapter.http.ServerLimits;
import picocli.CommandLine.Option;

/** Configuration flags of the HTTP service: its port and public URL, link signing, its limits, metrics and logs. */
@FromEnvironment
final class ServerOptions {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", converter = NumberConverters.Port.class,
            description = "(0: any free port)")
    int port;

    @Option(names = "--base-url", paramLabel = "URL", converter = TextConverters.BaseUrl.class,
            description = "http://localhost:{port}: the public URL in resource URLs and links")
    String baseUrl;

    @Option(names = "--signing-key", paramLabel = "SECRET[,OLDER...]",
            description = "generated once into <data-dir>/signing-key")
    String signingKey;

    @Option(names = "--link-ttl", paramLabel = "DURATION", converter = NumberConverters.PositiveDuration.class,
            description = "lifetime of download links")
    Duration linkTtl = HttpSettings.DEFAULT_LINK_TTL;

    @Option(names = "--min-request-rate", paramLabel = "BYTES", converter = NumberConverters.Bytes.class,
            description = "bytes per second a request body must keep up (0: no minimum)")
    long minRequestRate = ServerLimits.DEFAULT_MIN_REQUEST_BYTES_PER_SECOND;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", converter = NumberConverters.PositiveDuration.class,
            description = "a silent connection or a stalled body is ended")
    Duration idleTimeout = ServerLimits.DEFAULT_IDLE_TIMEOUT;

    @Option(names = "--max-concurrent-uploads", paramLabel = "N", converter = NumberConverters.UploadSlots.class,
            description = "requests sending a body at once; more: 503")
    int maxConcurrentUploads = ServerLimits.DEFAULT_MAX_CONCURRENT_UPLOADS;

    @Option(names = "--drain-time", paramLabel = "DURATION", converter = NumberConverters.PositiveDuration.class,
            description = "on stop, how long requests in flight may take to finish")
    Duration drainTime = ServerLimits.DEFAULT_DRAIN_TIME;

    @Option(names = "--metrics-port", paramLabel = "PORT", converter = NumberConverters.Port.class,
            description = "off; a port: Prometheus metrics at http://127.0.0.1:PORT/metrics (0: any free port)")
    Integer metricsPort;

    @Option(names = "--log-format", paramLabel = "text|json", converter = Choices.LogFormats.class)
    LogFormat logFormat = LogFormat.TEXT;

    ServerLimits limits() {
        return new ServerLimits(minRequestRate, idleTimeout, maxConcurrentUploads, drainTime);
    }
}
