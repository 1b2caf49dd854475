package org.privatefiles.application.port.in;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Uploaded bytes already stored but not yet attached to a file. Closing removes them unless a use
 * case claimed them for a file it committed; create and update take it over (a refused file's
 * content is removed at once), so a caller closes it only on the paths where it never hands it over.
 */
public final class StagedContent implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(StagedContent.class.getName());

    private final String key;
    private final long size;
    private final String md5;
    private final String fileName;
    private final Consumer<String> remover;
    private boolean settled;

    /** Content stored under {@code key}; {@code remover} deletes that key from the store. */
    public StagedContent(String key, long size, String md5, String fileName, Consumer<String> remover) {
        this.key = Objects.requireNonNull(key, "key");
        this.size = size;
        this.md5 = Objects.requireNonNull(md5, "md5");
        this.fileName = fileName;
        this.remover = Objects.requireNonNull(remover, "remover");
    }

    public String key() {
        return key;
    }

    public long size() {
        return size;
    }

    public String md5() {
        return md5;
    }

    /** The name the client gave the uploaded file, or null. */
    public String fileName() {
        return fileName;
    }

    /** For use cases: a committed file now refers to these bytes, so closing keeps them. */
    public synchronized void claim() {
        settled = true;
    }

    /** Removes the bytes unless claimed; later calls do nothing. A failed removal is logged and left to the store sweep. */
    @Override
    public synchronized void close() {
        if (settled) {
            return;
        }
        settled = true;
        try {
            remover.accept(key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove the staged content " + key + "; the store sweep will", e);
        }
    }
}
