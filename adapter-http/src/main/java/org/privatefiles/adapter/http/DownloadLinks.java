package org.privatefiles.adapter.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.privatefiles.domain.file.PrivateFile;

/** Signed download links (API.md §6): made with the current key, verified in constant time against it and the older keys. */
final class DownloadLinks {
    static final String PATH_PREFIX = "/media/private/";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^-\\w.]", Pattern.UNICODE_CHARACTER_CLASS);

    private final HttpSettings settings;
    private final Map<String, byte[]> keys = new HashMap<>();

    DownloadLinks(HttpSettings settings) {
        this.settings = settings;
        keys.putAll(settings.previousKeys());
        keys.put(settings.keyId(), settings.secret());
    }

    /** A freshly signed link to the file's content; null while it has none (or a chunked upload is incomplete). */
    String linkFor(PrivateFile file) {
        if (file.content() == null || file.isUploading()) {
            return null;
        }
        String name = urlName(file.uploadedName() == null ? file.title().value() : file.uploadedName());
        long expires = Timestamps.epochSecondsCeil(settings.clock().instant().plus(settings.linkTtl()));
        String signature = sign(keys.get(settings.keyId()), file.id().value(), name, expires, settings.keyId());
        return settings.baseUrl() + PATH_PREFIX + file.id().value() + "/" + PercentEncoding.encode(name, PercentEncoding.UNRESERVED)
                + "?Expires=" + expires + "&Signature=" + signature + "&Key-Id=" + settings.keyId();
    }

    /** Accepts an unexpired link signed by a known key; anything else is a 403. */
    void verify(long fileId, String name, String expires, String signature, String keyId) {
        if (expires == null || signature == null || keyId == null) {
            throw HttpProblem.forbidden("This link is not signed.");
        }
        byte[] key = keys.get(keyId);
        long expiresAt;
        try {
            expiresAt = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            throw HttpProblem.forbidden("Invalid signature.");
        }
        if (key == null) {
            throw HttpProblem.forbidden("Invalid signature.");
        }
        byte[] expected = sign(key, fileId, name, expiresAt, keyId).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
            throw HttpProblem.forbidden("Invalid signature.");
        }
        if (settings.clock().instant().getEpochSecond() >= expiresAt) {
            throw HttpProblem.forbidden("This link has expired.");
        }
    }

    /** The uploaded file's name (or, for files stored without one, the title) as a file name safe in a URL, as Django's get_valid_filename makes it: spaces to underscores, only -, letters, digits, _ and . kept. */
    static String urlName(String title) {
        String name = NOT_NAME_CHAR.matcher(title.strip().replace(' ', '_')).replaceAll("");
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "file" : name;
    }

    private static String sign(byte[] key, long fileId, String name, long expires, String keyId) {
        String message = PATH_PREFIX + fileId + "/" + name + "\n" + expires + "\n" + keyId;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }
}
