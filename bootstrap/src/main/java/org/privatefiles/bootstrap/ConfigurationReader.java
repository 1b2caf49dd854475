package org.privatefiles.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.privatefiles.adapter.http.ServerLimits;
import org.privatefiles.application.CoreSettings;

/** Resolves the configuration: a flag wins over its environment variable, which wins over the default. */
final class ConfigurationReader {
    private final Map<String, String> flags;
    private final Map<String, String> env;

    private ConfigurationReader(Map<String, String> flags, Map<String, String> env) {
        this.flags = flags;
        this.env = env;
    }

    static Configuration read(Map<String, String> flags, Map<String, String> env) {
        return new ConfigurationReader(flags, env).read();
    }

    private Configuration read() {
        int port = (int) number(ConfigFlag.PORT, 8080, 0, 65535);
        return new Configuration(
                dataDir(),
                raw(ConfigFlag.DB_URL).map(this::dbUrl),
                raw(ConfigFlag.DB_USER).orElse(null),
                raw(ConfigFlag.DB_PASSWORD).orElse(null),
                port,
                raw(ConfigFlag.BASE_URL).map(this::baseUrl),
                raw(ConfigFlag.SIGNING_KEY),
                (int) number(ConfigFlag.THROTTLE_ORG_PER_DAY, 1000, 0, Integer.MAX_VALUE),
                (int) number(ConfigFlag.THROTTLE_USER_PER_HOUR, 1000, 0, Integer.MAX_VALUE),
                number(ConfigFlag.MAX_UPLOAD_BYTES, 5L * 1024 * 1024 * 1024, 1, Long.MAX_VALUE),
                number(ConfigFlag.MIN_PART_BYTES, 5L * 1024 * 1024, 0, Long.MAX_VALUE),
                duration(ConfigFlag.LINK_TTL, Duration.ofHours(1)),
                duration(ConfigFlag.UPLOAD_EXPIRY, Duration.ofHours(24)),
                duration(ConfigFlag.TEMPORARY_EXPIRY, Duration.ofHours(24)),
                duration(ConfigFlag.TOKEN_EXPIRY, Duration.ofDays(7)),
                new ServerLimits(
                        number(ConfigFlag.MIN_REQUEST_RATE, ServerLimits.DEFAULT_MIN_REQUEST_BYTES_PER_SECOND, 0, Long.MAX_VALUE),
                        duration(ConfigFlag.IDLE_TIMEOUT, ServerLimits.DEFAULT_IDLE_TIMEOUT),
                        (int) number(ConfigFlag.MAX_CONCURRENT_UPLOADS, ServerLimits.DEFAULT_MAX_CONCURRENT_UPLOADS, 1, 100_000),
                        duration(ConfigFlag.DRAIN_TIME, ServerLimits.DEFAULT_DRAIN_TIME)),
                duration(ConfigFlag.CONTENT_GRACE, CoreSettings.defaults().orphanContentGrace()),
                StoreConfigurationReader.read(this, env),
                raw(ConfigFlag.METRICS_PORT).isPresent()
                        ? OptionalInt.of((int) number(ConfigFlag.METRICS_PORT, 0, 0, 65535)) : OptionalInt.empty(),
                logFormat());
    }

    /** The flag's value, else the environment variable's; an empty environment variable counts as unset. */
    Optional<String> raw(ConfigFlag flag) {
        String value = flags.get(flag.flag);
        if (value != null) {
            return Optional.of(value);
        }
        return Optional.ofNullable(env.get(flag.env())).filter(v -> !v.isEmpty());
    }

    private LogFormat logFormat() {
        String text = raw(ConfigFlag.LOG_FORMAT).orElse("text");
        return LogFormat.named(text.strip()).orElseThrow(() -> bad(ConfigFlag.LOG_FORMAT, text, "text or json"));
    }

    private Path dataDir() {
        String text = raw(ConfigFlag.DATA_DIR).orElse("./data");
        try {
            if (text.isBlank()) {
                throw bad(ConfigFlag.DATA_DIR, text, "a folder");
            }
            return Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw bad(ConfigFlag.DATA_DIR, text, "a folder");
        }
    }

    private String dbUrl(String url) {
        if (url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:h2:")) {
            return url;
        }
        throw bad(ConfigFlag.DB_URL, url, "a jdbc:postgresql:// (or jdbc:h2:) URL");
    }

    private String baseUrl(String text) {
        try {
            URI uri = new URI(text);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (http && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return text.replaceAll("/+$", "");
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw bad(ConfigFlag.BASE_URL, text, "an absolute http:// or https:// URL");
    }

    private long number(ConfigFlag flag, long fallback, long min, long max) {
        Optional<String> text = raw(flag);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(flag, text.get(), "an integer from " + min + " to " + max);
    }

    private Duration duration(ConfigFlag flag, Duration fallback) {
        Optional<String> text = raw(flag);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            Duration value = Duration.parse(text.get().strip());
            if (!value.isNegative() && !value.isZero()) {
                return value;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw bad(flag, text.get(), "a positive ISO-8601 duration such as PT1H or P7D");
    }

    UsageException bad(ConfigFlag flag, String value, String expected) {
        String source = flags.containsKey(flag.flag) ? "--" + flag.flag : flag.env();
        return new UsageException(source + " must be " + expected + ", not '" + value + "'");
    }
}
