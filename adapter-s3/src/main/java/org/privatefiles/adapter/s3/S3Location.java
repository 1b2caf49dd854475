package org.privatefiles.adapter.s3;

import java.util.Objects;
import java.util.regex.Pattern;

/** Where the content lives: a bucket and a key prefix, written {@code s3://BUCKET/PREFIX} (the prefix may be empty). */
public record S3Location(String bucket, String prefix) {
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final String SCHEME = "s3://";

    public S3Location {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        if (!BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("not an S3 bucket name: " + bucket);
        }
        prefix = prefix.replaceAll("^/+|/+$", "");
        prefix = prefix.isEmpty() ? "" : prefix + "/";
    }

    /** Whether the text names an S3 location rather than a folder. */
    public static boolean isS3(String text) {
        return text.startsWith(SCHEME);
    }

    /** Parses {@code s3://BUCKET} or {@code s3://BUCKET/PREFIX}; anything else is an {@code IllegalArgumentException}. */
    public static S3Location parse(String text) {
        if (!isS3(text)) {
            throw new IllegalArgumentException("not an s3:// location: " + text);
        }
        String rest = text.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? new S3Location(rest, "") : new S3Location(rest.substring(0, slash), rest.substring(slash + 1));
    }

    @Override
    public String toString() {
        return SCHEME + bucket + "/" + prefix;
    }
}
