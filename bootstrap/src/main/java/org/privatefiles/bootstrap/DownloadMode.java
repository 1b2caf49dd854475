package org.privatefiles.bootstrap;

import java.util.Locale;

/** How signed download links are answered: the bytes streamed through the service, or a 307 to a presigned GET on the store. */
enum DownloadMode {
    PROXY,
    REDIRECT;

    /** As the flag spells it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
