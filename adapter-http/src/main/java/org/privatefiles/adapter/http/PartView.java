package org.privatefiles.adapter.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.privatefiles.domain.file.UploadPart;

/** Web view of a received chunked-upload part: {@code {"part_number","size","etag"}}. */
@JsonPropertyOrder({"part_number", "size", "etag"})
record PartView(int partNumber, long size, String etag) {
    static PartView from(UploadPart part) {
        return new PartView(part.partNumber(), part.size(), part.etag());
    }
}
