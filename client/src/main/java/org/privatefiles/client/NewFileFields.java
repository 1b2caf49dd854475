package org.privatefiles.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The writable fields an upload sets on the new file: title, project, tags (as form fields or JSON). */
record NewFileFields(String title, String project, List<String> tags) {

    /** Form fields in order, each name with its values ({@code file_tags} repeated). */
    Map<String, List<String>> form() {
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("title", List.of(title));
        if (project != null) {
            fields.put("project", List.of(project));
        }
        if (!tags.isEmpty()) {
            fields.put("file_tags", tags);
        }
        return fields;
    }

    ObjectNode json() {
        ObjectNode json = Json.object().put("title", title);
        if (project != null) {
            json.put("project", project);
        }
        if (!tags.isEmpty()) {
            tags.forEach(json.putArray("file_tags")::add);
        }
        return json;
    }
}
