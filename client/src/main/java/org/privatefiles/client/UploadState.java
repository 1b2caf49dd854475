package org.privatefiles.client;

/**
 * What a chunked upload in progress remembers across restarts: which local file (server, org,
 * absolute path, size, modification time) went to which file id, in parts of which size.
 */
record UploadState(String server, long org, String path, long size, String modified, long fileId, long partSize) {

    /** Whether the local file is still the one this upload began with. */
    boolean sameLocalFile(long currentSize, String currentModified) {
        return size == currentSize && modified.equals(currentModified);
    }
}
