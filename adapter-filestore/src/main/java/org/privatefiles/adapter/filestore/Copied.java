package org.privatefiles.adapter.filestore;

/** What a copy wrote: how many bytes and their MD5 (lowercase hex). */
record Copied(long size, String md5) {
}
