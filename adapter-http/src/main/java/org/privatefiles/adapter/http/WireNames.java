package org.privatefiles.adapter.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.privatefiles.application.port.in.Fields;
import org.privatefiles.domain.failure.InvalidException;

/** The one table from core field names to the names on the wire (most are equal), and the 400 body built with it. */
final class WireNames {
    private static final Map<String, String> RENAMED = Map.of(
            InvalidException.NON_FIELD, "non_field_errors",
            Fields.CONTENT, FileHandlers.FILE_FIELD,
            Fields.PART, "part_number",
            Fields.PART_MD5, ChunkedUploadHandlers.MD5_HEADER,
            Fields.TAG_FILTER, "file_tags",
            Fields.EXCLUDED_TAG_FILTER, "file_tags_exclude");

    private WireNames() {
    }

    static String of(String coreField) {
        return RENAMED.getOrDefault(coreField, coreField);
    }

    /** DRF's body of a 400: DRF's messages under each field's wire name, fields in the order found. */
    static Map<String, List<String>> errors(InvalidException invalid) {
        var body = new LinkedHashMap<String, List<String>>();
        invalid.problems().forEach((field, problems) -> problems.forEach(problem ->
                body.computeIfAbsent(of(field), f -> new ArrayList<>()).add(ProblemTexts.text(field, problem))));
        return body;
    }
}
