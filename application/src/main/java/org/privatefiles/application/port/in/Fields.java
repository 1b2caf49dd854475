package org.privatefiles.application.port.in;

/**
 * The core's names of input fields whose name is not the obvious one, as they appear in an
 * {@code InvalidException}; a file's writable fields are named after their {@link FilePatch}
 * components in snake case ({@code title}, {@code file_tags}, {@code system_uuid}, ...).
 */
public final class Fields {
    /** The content of a file. */
    public static final String CONTENT = "content";
    /** The expected MD5 of a file's content. */
    public static final String CONTENT_MD5 = "file_hash";
    /** The number of a chunked-upload part. */
    public static final String PART = "part";
    /** The expected MD5 of a chunked-upload part. */
    public static final String PART_MD5 = "part_md5";
    /** The parts a chunked upload is completed with. */
    public static final String PARTS = "parts";
    /** A listing's filter on file tags, and its filter excluding file tags. */
    public static final String TAG_FILTER = "tag_filter";
    public static final String EXCLUDED_TAG_FILTER = "excluded_tag_filter";

    private Fields() {
    }
}
