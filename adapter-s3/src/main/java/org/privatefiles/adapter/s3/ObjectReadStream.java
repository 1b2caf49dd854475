package org.privatefiles.adapter.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * The body of a GET: closed before its end, the connection is aborted rather than drained, so a
 * client that stops a 2 GiB download early does not make the service read the rest; read to its
 * last byte, the connection goes back to the pool.
 */
final class ObjectReadStream extends FilterInputStream {
    private final ResponseInputStream<GetObjectResponse> response;
    private final long length;
    private long read;
    private boolean ended;

    ObjectReadStream(ResponseInputStream<GetObjectResponse> response) {
        super(response);
        this.response = response;
        Long contentLength = response.response().contentLength();
        this.length = contentLength == null ? -1 : contentLength;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(n);
        return n;
    }

    private void count(int n) {
        if (n < 0) {
            ended = true;
        } else {
            read += n;
            ended |= read == length;
        }
    }

    @Override
    public void close() throws IOException {
        if (!ended) {
            response.abort();
        }
        super.close();
    }
}
