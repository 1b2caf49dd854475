package org.privatefiles.adapter.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.UploadPart;

/**
 * Turns file rows into {@link PrivateFile}s: tags from the catalogue (with their export flag),
 * and the upload parts of every row of a batch that has a chunked upload, in one query.
 */
final class FileAssembler {
    private final TagLookup tags;

    FileAssembler(TagLookup tags) {
        this.tags = tags;
    }

    List<PrivateFile> assemble(Handle handle, List<FileRow> rows) {
        Map<Long, List<UploadPart>> parts = partsOf(handle, rows);
        List<PrivateFile> files = new ArrayList<>(rows.size());
        for (FileRow row : rows) {
            files.add(row.toFile(tags.tagsOf(handle, row.tagIds()), parts.getOrDefault(row.id(), List.of())));
        }
        return files;
    }

    private static Map<Long, List<UploadPart>> partsOf(Handle handle, List<FileRow> rows) {
        List<Long> uploads = rows.stream().filter(r -> r.uploadId() != null).map(FileRow::id).toList();
        Map<Long, List<UploadPart>> parts = new HashMap<>();
        if (uploads.isEmpty()) {
            return parts;
        }
        handle.createQuery(PartRow.SELECT + " WHERE file_id IN (<files>) ORDER BY file_id, part_number")
                .bindList("files", uploads)
                .mapTo(PartRow.class)
                .forEach(p -> parts.computeIfAbsent(p.fileId(), id -> new ArrayList<>()).add(p.toPart()));
        return parts;
    }
}
