package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Files as a table for people: id, size, last change, status, tags and title. */
final class FileTable {
    private final Table table = new Table("ID", "SIZE", "MODIFIED", "STATUS", "TAGS", "TITLE");

    void add(JsonNode file) {
        List<String> tags = new ArrayList<>();
        file.path("file_tags_data").forEach(tag -> tags.add(tag.path("title").asText()));
        JsonNode size = file.path("filesize");
        String modified = file.path("modified_date").asText("");
        table.row(file.path("id").asText(), size.isNumber() ? Sizes.human(size.asLong()) : "-",
                modified.length() >= 16 ? modified.substring(0, 10) + " " + modified.substring(11, 16) : modified,
                file.path("status").asText("-"), tags.isEmpty() ? "-" : String.join(",", tags), file.path("title").asText());
    }

    void print(PrintStream out) {
        table.print(out);
    }
}
