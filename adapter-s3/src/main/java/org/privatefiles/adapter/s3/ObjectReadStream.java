package org.privatefiles.adapter.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import software.amazon.awssdk.core.ResponseInputStream;

/**
 * The body of a GET: closed before its end, the connection is aborted rather than drained, so a
 * client that stops a 2 GiB download early does not make the service read the rest.
 */
final class ObjectReadStream extends FilterInputStream {
    private final ResponseInputStream<?> response;
    private boolean ended;

    ObjectReadStream(ResponseInputStream<?> response) {
        super(response);
        this.response = response;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        ended |= b < 0;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        ended |= n < 0;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (!ended) {
            response.abort();
        }
        super.close();
    }
}
