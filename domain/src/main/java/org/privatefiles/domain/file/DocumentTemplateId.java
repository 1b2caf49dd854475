package org.privatefiles.domain.file;

/** Reference to a document template that generated a file: a positive 64-bit integer. */
public record DocumentTemplateId(long value) {
    public DocumentTemplateId {
        if (value <= 0) {
            throw new IllegalArgumentException("DocumentTemplateId must be positive: " + value);
        }
    }

    public static DocumentTemplateId of(long value) {
        return new DocumentTemplateId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
