package org.privatefiles.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.privatefiles.domain.tag.FileTag;
import org.privatefiles.domain.tag.FileTagId;

/** The file tag catalogue every new store is seeded with (ids as the original API uses them). */
public final class StandardFileTags {
    private static final String RESOURCE = "file-tags.tsv";

    private StandardFileTags() {
    }

    /** The tags of {@code file-tags.tsv} (columns id, title, type, export), by ascending id. */
    public static List<FileTag> all() {
        var in = Objects.requireNonNull(StandardFileTags.class.getResourceAsStream(RESOURCE), RESOURCE);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<FileTag> tags = new ArrayList<>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                tags.add(new FileTag(FileTagId.of(Long.parseLong(cols[0])), cols[1], cols[2], Boolean.parseBoolean(cols[3])));
            }
            return List.copyOf(tags);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
