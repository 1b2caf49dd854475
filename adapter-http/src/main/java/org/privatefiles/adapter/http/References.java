package org.privatefiles.adapter.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.tag.FileTagId;
import org.privatefiles.domain.tag.FileTagRef;

/** References to other resources in requests, given as an id, an absolute URL or a path (file tags also by exact title). */
final class References {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern PROJECT = Pattern.compile("/api/orgs/([0-9]{1,18})/projects/([0-9]{1,18})/?");
    private static final Pattern TEMPLATE = Pattern.compile("/api/orgs/([0-9]{1,18})/document_templates/([0-9]{1,18})/?");
    private static final Pattern TAG = Pattern.compile("/api/file_tags/([0-9]{1,18})/?");

    private final String basePath;

    References(String baseUrl) {
        String path = URI.create(baseUrl).getRawPath();
        this.basePath = path == null ? "" : path.replaceAll("/+$", "");
    }

    /** A project of this org; throws {@link UnreadableValue} when the text names none. */
    long project(String text, OrgId org) {
        return orgScoped(text, org, PROJECT);
    }

    long documentTemplate(String text, OrgId org) {
        return orgScoped(text, org, TEMPLATE);
    }

    /** A file tag by id, URL, path, or else by its exact title. */
    FileTagRef fileTag(String text) {
        String value = text.strip();
        if (DIGITS.matcher(value).matches() && Long.parseLong(value) > 0) {
            return new FileTagRef.ById(FileTagId.of(Long.parseLong(value)), text);
        }
        Optional<String> path = pathOf(value);
        if (path.isPresent()) {
            Matcher m = TAG.matcher(path.get());
            if (m.matches() && Long.parseLong(m.group(1)) > 0) {
                return new FileTagRef.ById(FileTagId.of(Long.parseLong(m.group(1))), text);
            }
        }
        return FileTagRef.title(text);
    }

    /** Tag references sent as repeated values, each possibly a comma-separated list; empty items are dropped (so an empty value means none). */
    List<FileTagRef> fileTags(List<String> values) {
        List<FileTagRef> refs = new ArrayList<>();
        for (String value : values) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    refs.add(fileTag(item.strip()));
                }
            }
        }
        return refs;
    }

    private long orgScoped(String text, OrgId org, Pattern pattern) {
        String value = text.strip();
        if (DIGITS.matcher(value).matches()) {
            return positive(Long.parseLong(value));
        }
        String path = pathOf(value).orElseThrow(() -> new UnreadableValue(new Problem.UnmatchedReference()));
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            throw new UnreadableValue(new Problem.UnmatchedReference());
        }
        if (Long.parseLong(m.group(1)) != org.value()) {
            throw unknown();
        }
        return positive(Long.parseLong(m.group(2)));
    }

    private static long positive(long id) {
        if (id <= 0) {
            throw unknown();
        }
        return id;
    }

    /** The path of an absolute URL or of a path, without the base URL's own path prefix. */
    private Optional<String> pathOf(String value) {
        String path;
        if (value.startsWith("/")) {
            path = value;
        } else if (value.startsWith("http://") || value.startsWith("https://")) {
            try {
                path = new URI(value).getRawPath();
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (!basePath.isEmpty() && path.startsWith(basePath + "/")) {
            path = path.substring(basePath.length());
        }
        return Optional.of(path);
    }

    /** A reference that names nothing; which value it was is not worth repeating (DRF does not). */
    static UnreadableValue unknown() {
        return new UnreadableValue(new Problem.UnknownReference(null));
    }
}
