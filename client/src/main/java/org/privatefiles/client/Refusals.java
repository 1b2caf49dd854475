package org.privatefiles.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns an error answer of the service into one line: its {@code detail}, or its DRF field errors. */
final class Refusals {
    private Refusals() {
    }

    static String describe(int status, byte[] body) {
        JsonNode json = Json.parseOrNull(body);
        if (json != null && json.hasNonNull("detail")) {
            return json.get("detail").asText() + " (HTTP " + status + ")";
        }
        if (json != null && json.isObject() && json.size() > 0) {
            List<String> fields = new ArrayList<>();
            json.fields().forEachRemaining(field -> fields.add(field.getKey() + ": " + messages(field.getValue())));
            return String.join("; ", fields) + " (HTTP " + status + ")";
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return "HTTP " + status + (text.isEmpty() ? "" : ": " + text.replaceAll("\\s+", " "));
    }

    /** True when the answer names this field among its errors. */
    static boolean concerns(byte[] body, String field) {
        JsonNode json = Json.parseOrNull(body);
        return json != null && json.has(field);
    }

    private static String messages(JsonNode value) {
        if (!value.isArray()) {
            return value.isTextual() ? value.asText() : value.toString();
        }
        List<String> texts = new ArrayList<>();
        value.forEach(item -> texts.add(item.isTextual() ? item.asText() : item.toString()));
        return String.join(" ", texts);
    }
}
