package org.privatefiles.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.privatefiles.adapter.s3.S3AccessKey;
import org.privatefiles.adapter.s3.S3Location;
import org.privatefiles.adapter.s3.S3StoreSettings;

/** Resolves the content-store part of the configuration: {@code --store}, the {@code --s3-*} flags and {@code --download-mode}. */
final class StoreConfigurationReader {
    /** The SDK's own variable names, read from the same environment as every other setting. */
    static final String ACCESS_KEY_ENV = "AWS_ACCESS_KEY_ID";
    static final String SECRET_KEY_ENV = "AWS_SECRET_ACCESS_KEY";
    static final String SESSION_TOKEN_ENV = "AWS_SESSION_TOKEN";

    private final ConfigurationReader config;
    private final Map<String, String> env;

    private StoreConfigurationReader(ConfigurationReader config, Map<String, String> env) {
        this.config = config;
        this.env = env;
    }

    static StoreConfiguration read(ConfigurationReader config, Map<String, String> env) {
        return new StoreConfigurationReader(config, env).read();
    }

    private Optional<String> raw(ConfigFlag flag) {
        return config.raw(flag);
    }

    private UsageException bad(ConfigFlag flag, String expected) {
        return config.bad(flag, raw(flag).orElse(""), expected);
    }

    private StoreConfiguration read() {
        Optional<S3Location> s3 = raw(ConfigFlag.STORE).map(this::location);
        DownloadMode mode = raw(ConfigFlag.DOWNLOAD_MODE).map(this::mode).orElse(DownloadMode.PROXY);
        if (mode == DownloadMode.REDIRECT && s3.isEmpty()) {
            throw bad(ConfigFlag.DOWNLOAD_MODE, "proxy while --store is the local folder (redirect needs an s3:// store)");
        }
        return new StoreConfiguration(s3,
                raw(ConfigFlag.S3_ENDPOINT).map(this::endpoint),
                raw(ConfigFlag.S3_REGION).map(String::strip).orElse(S3StoreSettings.DEFAULT_REGION),
                raw(ConfigFlag.S3_PATH_STYLE).map(this::bool).orElse(false),
                accessKey(),
                mode);
    }

    private S3Location location(String text) {
        try {
            return S3Location.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw bad(ConfigFlag.STORE, "an s3://BUCKET/PREFIX location (leave it unset for the local folder)");
        }
    }

    private URI endpoint(String text) {
        try {
            URI uri = new URI(text.strip());
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (http && uri.getHost() != null && uri.getRawQuery() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw bad(ConfigFlag.S3_ENDPOINT, "an http:// or https:// URL");
    }

    private boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(ConfigFlag.S3_PATH_STYLE, "true or false");
        };
    }

    private DownloadMode mode(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "proxy" -> DownloadMode.PROXY;
            case "redirect" -> DownloadMode.REDIRECT;
            default -> throw bad(ConfigFlag.DOWNLOAD_MODE, "proxy or redirect");
        };
    }

    /** Static keys from the environment (as the SDK would read them); with a session token, or none, the SDK's default chain. */
    private Optional<S3AccessKey> accessKey() {
        String id = env.get(ACCESS_KEY_ENV);
        String secret = env.get(SECRET_KEY_ENV);
        if (id == null || id.isEmpty() || secret == null || secret.isEmpty() || env.containsKey(SESSION_TOKEN_ENV)) {
            return Optional.empty();
        }
        return Optional.of(new S3AccessKey(id, secret));
    }
}
