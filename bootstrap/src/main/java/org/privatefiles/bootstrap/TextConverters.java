package org.privatefiles.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.privatefiles.adapter.s3.S3Location;
import picocli.CommandLine.ITypeConverter;

/** Converters of textual flag values: folders, database and HTTP URLs, S3 locations, true/false. A refusal says what was expected. */
final class TextConverters {
    private TextConverters() {
    }

    /** An http:// or https:// URL with a host and no query; a trailing slash is dropped. */
    static URI httpUrl(String text, String expected) {
        try {
            URI uri = new URI(text.strip());
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (http && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new ExpectedValue(expected);
    }

    /** A folder, made absolute. */
    static final class Folder implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            try {
                if (!text.isBlank()) {
                    return Path.of(text).toAbsolutePath().normalize();
                }
            } catch (InvalidPathException e) {
                // refused below
            }
            throw new ExpectedValue("a folder");
        }
    }

    /** A JDBC URL of PostgreSQL (or H2). */
    static final class JdbcUrl implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            if (text.startsWith("jdbc:postgresql:") || text.startsWith("jdbc:h2:")) {
                return text;
            }
            throw new ExpectedValue("a jdbc:postgresql:// (or jdbc:h2:) URL");
        }
    }

    /** The public base URL, without a trailing slash. */
    static final class BaseUrl implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            httpUrl(text, "an absolute http:// or https:// URL");
            return text.strip().replaceAll("/+$", "");
        }
    }

    /** The endpoint of an S3-compatible store. */
    static final class S3Endpoint implements ITypeConverter<URI> {
        @Override
        public URI convert(String text) {
            return httpUrl(text, "an http:// or https:// URL");
        }
    }

    /** {@code s3://BUCKET/PREFIX}. */
    static final class S3Store implements ITypeConverter<S3Location> {
        @Override
        public S3Location convert(String text) {
            try {
                return S3Location.parse(text.strip());
            } catch (IllegalArgumentException e) {
                throw new ExpectedValue("an s3://BUCKET/PREFIX location (leave it unset for the local folder)");
            }
        }
    }

    /** {@code true} or {@code false}, in any case. */
    static final class TrueOrFalse implements ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new ExpectedValue("true or false");
            };
        }
    }
}
