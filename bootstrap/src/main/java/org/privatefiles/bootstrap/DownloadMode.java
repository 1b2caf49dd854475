package org.privatefiles.bootstrap;

/** How signed download links are answered: the bytes streamed through the service, or a 307 to a presigned GET on the store. */
enum DownloadMode {
    PROXY,
    REDIRECT
}
