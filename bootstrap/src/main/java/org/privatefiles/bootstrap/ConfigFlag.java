package org.privatefiles.bootstrap;

import java.util.Arrays;
import java.util.Optional;

/** The configuration every command reads (API.md §8): each flag, its environment variable and its default. */
enum ConfigFlag {
    DATA_DIR("data-dir", "./data"),
    DB_URL("db-url", "embedded H2 in the data dir"),
    DB_USER("db-user", "none (the URL may carry it)"),
    DB_PASSWORD("db-password", "none"),
    PORT("port", "8080 (0: any free port)"),
    BASE_URL("base-url", "http://localhost:{port}"),
    SIGNING_KEY("signing-key", "generated once into <data-dir>/signing-key; SECRET[,OLDER...]"),
    THROTTLE_ORG_PER_DAY("throttle-org-per-day", "1000"),
    THROTTLE_USER_PER_HOUR("throttle-user-per-hour", "1000"),
    MAX_UPLOAD_BYTES("max-upload-bytes", "5368709120"),
    MIN_PART_BYTES("min-part-bytes", "5242880"),
    LINK_TTL("link-ttl", "PT1H"),
    UPLOAD_EXPIRY("upload-expiry", "PT24H"),
    TEMPORARY_EXPIRY("temporary-expiry", "PT24H"),
    TOKEN_EXPIRY("token-expiry", "P7D"),
    MIN_REQUEST_RATE("min-request-rate", "1024 (bytes/s a request body must keep up; 0: off)"),
    IDLE_TIMEOUT("idle-timeout", "PT30S (a silent connection or stalled body is ended)"),
    MAX_CONCURRENT_UPLOADS("max-concurrent-uploads", "16 (requests sending a body at once; more: 503)"),
    DRAIN_TIME("drain-time", "PT30S (on stop, requests in flight may finish)"),
    CONTENT_GRACE("content-grace", "PT1H (unreferenced content and unfinished writes untouched this long are swept)"),
    STORE("store", "<data-dir>/files; s3://BUCKET/PREFIX for an S3-compatible store"),
    S3_ENDPOINT("s3-endpoint", "AWS for the region; e.g. http://127.0.0.1:9000"),
    S3_REGION("s3-region", "us-east-1"),
    S3_PATH_STYLE("s3-path-style", "false (true for MinIO, s3proxy, Ceph)"),
    DOWNLOAD_MODE("download-mode", "proxy; redirect: a 307 to the S3 store"),
    METRICS_PORT("metrics-port", "off (a port: Prometheus metrics at http://127.0.0.1:PORT/metrics; 0: any free port)"),
    LOG_FORMAT("log-format", "text (or json)");

    final String flag;
    final String shownDefault;

    ConfigFlag(String flag, String shownDefault) {
        this.flag = flag;
        this.shownDefault = shownDefault;
    }

    /** The environment variable: {@code PRIVATE_FILES_} and the flag in upper case with underscores. */
    String env() {
        return "PRIVATE_FILES_" + flag.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    static Optional<ConfigFlag> byName(String flag) {
        return Arrays.stream(values()).filter(f -> f.flag.equals(flag)).findFirst();
    }
}
