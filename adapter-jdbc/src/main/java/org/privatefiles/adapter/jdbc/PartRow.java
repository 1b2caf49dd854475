package org.privatefiles.adapter.jdbc;

import org.privatefiles.domain.file.UploadPart;

/** A row of {@code upload_parts}: one received part of a chunked upload. */
record PartRow(long fileId, int partNumber, long partSize, String etag, String storageKey) {
    static final String SELECT = "SELECT file_id, part_number, part_size, etag, storage_key FROM upload_parts";

    UploadPart toPart() {
        return new UploadPart(partNumber, partSize, etag, storageKey);
    }
}
