package org.privatefiles.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that reports what is read to a {@link Progress}, and keeps to a {@link RateLimit}. */
final class MeteredInputStream extends FilterInputStream {
    private final Progress progress;
    private final RateLimit limit;

    MeteredInputStream(InputStream in, Progress progress, RateLimit limit) {
        super(in);
        this.progress = progress;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, Math.min(length, RateLimit.CHUNK));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws IOException {
        limit.take(n);
        progress.advance(n);
    }
}
