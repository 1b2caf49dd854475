package org.privatefiles.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.privatefiles.domain.access.ReadScope;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.file.FileId;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.file.UploadPart;
import org.privatefiles.domain.query.FileCriteria;

/**
 * Outbound port: holds private files with their tags and upload parts.
 * Listing takes a {@link ReadScope} and {@link FileCriteria} and must apply both in the store
 * (never by loading every file), in the order of {@code FileOrder}.
 */
public interface PrivateFileRepository {

    /** A fresh id, never handed out before. */
    FileId nextId();

    /**
     * Stores a new file (its id from {@link #nextId()}) with its tags and any parts of its upload;
     * tags must exist in the catalogue; an id already used is a {@code ConflictException}.
     */
    void insert(PrivateFile file);

    /**
     * Replaces every stored field of an existing file, tags included, but not its parts, when its
     * stored version is still {@code file.version()}, and returns it as stored, at the next version.
     * {@code NotFoundException} when absent; {@code ConcurrentChangeException} when another write
     * came first (nothing is changed).
     */
    PrivateFile update(PrivateFile file);

    /** The file with this id if it belongs to this org, with its tags (by ascending id) and its parts (by number). */
    Optional<PrivateFile> find(OrgId org, FileId id);

    /** The file with this id in any org. */
    Optional<PrivateFile> find(FileId id);

    /**
     * Deletes the file and its parts when its stored version is {@code version}; false when there
     * was none; {@code ConcurrentChangeException} when it is at another version (nothing is deleted).
     */
    boolean delete(FileId id, long version);

    /**
     * The files in scope that meet the criteria, in order, paged when the criteria say so.
     * The stream holds resources until closed and must not gather every row in memory.
     */
    Stream<PrivateFile> list(ReadScope scope, FileCriteria criteria);

    /** How many files in scope meet the criteria, ignoring paging. */
    long count(ReadScope scope, FileCriteria criteria);

    /**
     * Records a received part of a chunked upload in progress, replacing one with the same number,
     * when the file's stored version is {@code version}, and moves the file to its next version with
     * this modified date; returns the replaced part. {@code NotFoundException} when the file is
     * gone; {@code ConcurrentChangeException} when it is at another version or no longer uploading.
     */
    Optional<UploadPart> putPart(FileId file, long version, UploadPart part, Instant modifiedDate);

    /** Of the given storage keys, those that a file's content or a part still uses. */
    Set<String> keysInUse(Collection<String> storageKeys);

    /** Temporary files created before the cutoff. */
    List<PrivateFile> temporaryCreatedBefore(Instant cutoff);

    /** Chunked uploads not completed that were created before the cutoff. */
    List<PrivateFile> incompleteUploadsCreatedBefore(Instant cutoff);

    /** Whether the store answers. */
    boolean isAvailable();
}
