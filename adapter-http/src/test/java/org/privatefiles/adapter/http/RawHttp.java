package org.privatefiles.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Test helper: one HTTP/1.1 connection on a raw socket, to send what a well-behaved client never would (stalls, broken framing). */
final class RawHttp implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;

    RawHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        out = socket.getOutputStream();
    }

    RawHttp send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return this;
    }

    /** Everything the server sends until it closes the connection, or until the read times out. */
    String response() throws IOException {
        InputStream in = socket.getInputStream();
        var bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // what arrived is the answer
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    static int status(String response) {
        if (!response.startsWith("HTTP/1.1 ")) {
            throw new AssertionError("no HTTP response: " + response);
        }
        return Integer.parseInt(response.substring(9, 12));
    }

    static String body(String response) {
        int at = response.indexOf("\r\n\r\n");
        return at < 0 ? "" : response.substring(at + 4);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
