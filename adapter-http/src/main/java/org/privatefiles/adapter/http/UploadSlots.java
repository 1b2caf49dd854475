package org.privatefiles.adapter.http;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Bounds how many requests may send a body at once, per server: a body read holds a pool thread
 * for as long as the client takes, so past the bound a request with a body is refused at once
 * (503 with {@code Retry-After}, before any of it is read) and the other threads stay free for reads.
 */
final class UploadSlots extends Handler.Wrapper {
    static final String DETAIL = "Too many uploads in progress; try again later.";
    static final long RETRY_AFTER_SECONDS = 1;

    private final Semaphore slots;

    UploadSlots(int maxConcurrentUploads) {
        this.slots = new Semaphore(maxConcurrentUploads);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!hasBody(request)) {
            return super.handle(request, response, callback);
        }
        if (!slots.tryAcquire()) {
            refuse(response, callback);
            return true;
        }
        var released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                slots.release();
            }
        };
        try {
            boolean handled = super.handle(request, response, new Callback.Nested(callback) {
                @Override
                public void succeeded() {
                    release.run();
                    super.succeeded();
                }

                @Override
                public void failed(Throwable failure) {
                    release.run();
                    super.failed(failure);
                }
            });
            if (!handled) {
                release.run();
            }
            return handled;
        } catch (Exception | Error e) {
            release.run();
            throw e;
        }
    }

    private static boolean hasBody(Request request) {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private static void refuse(Response response, Callback callback) {
        response.setStatus(503);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(Json.bytes(Map.of("detail", DETAIL))), callback);
    }
}
