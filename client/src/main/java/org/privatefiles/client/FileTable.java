package org.privatefiles.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Files as a table for people: id, size, last change, status, tags and title, read from the streamed listing. */
final class FileTable {
    private final Table table = new Table("ID", "SIZE", "MODIFIED", "STATUS", "TAGS", "TITLE");

    /** Adds the file object the parser is on, consuming it. */
    void add(JsonParser file) throws IOException {
        String id = "";
        String size = "-";
        String modified = "";
        String status = "-";
        String title = "";
        List<String> tags = new ArrayList<>();
        while (file.nextToken() == JsonToken.FIELD_NAME) {
            String field = file.currentName();
            JsonToken value = file.nextToken();
            switch (field) {
                case "id" -> id = file.getText();
                case "filesize" -> size = value == JsonToken.VALUE_NUMBER_INT ? Sizes.human(file.getLongValue()) : "-";
                case "modified_date" -> modified = file.getText();
                case "status" -> status = value == JsonToken.VALUE_NULL ? "-" : file.getText();
                case "title" -> title = file.getText();
                case "file_tags_data" -> tags = tagTitles(file);
                default -> file.skipChildren();
            }
        }
        table.row(id, size, modified.length() >= 16 ? modified.substring(0, 10) + " " + modified.substring(11, 16) : modified,
                status, tags.isEmpty() ? "-" : String.join(",", tags), title);
    }

    void print(PrintStream out) {
        table.print(out);
    }

    private static List<String> tagTitles(JsonParser array) throws IOException {
        List<String> titles = new ArrayList<>();
        while (array.nextToken() == JsonToken.START_OBJECT) {
            while (array.nextToken() == JsonToken.FIELD_NAME) {
                boolean isTitle = array.currentName().equals("title");
                array.nextToken();
                if (isTitle) {
                    titles.add(array.getText());
                } else {
                    array.skipChildren();
                }
            }
        }
        return titles;
    }
}
