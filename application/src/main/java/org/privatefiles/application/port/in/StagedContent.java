package org.privatefiles.application.port.in;

/**
 * Uploaded bytes already stored but not yet attached to a file: to be passed to create or
 * update, or discarded. The service removes it when the file it was meant for is refused.
 */
public record StagedContent(String key, long size, String md5, String fileName) {
}
