package org.privatefiles.application.port.out;

import java.util.Objects;

/** The headers a direct download from the store must answer with, as the HTTP adapter would have set them. */
public record DownloadHeaders(String contentType, String contentDisposition) {
    public DownloadHeaders {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(contentDisposition, "contentDisposition");
    }
}
