package org.privatefiles.adapter.http;

import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty handler in front of the API: gives every request its id (also sent back as
 * {@code X-Request-Id}) and an {@link Exchange} the handlers fill in, and tells the listeners
 * once the response is complete.
 */
final class ExchangeObserver extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeObserver.class);

    private final List<ExchangeListener> listeners;

    ExchangeObserver(List<ExchangeListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String requestId = RequestIds.choose(request.getHeaders().get(RequestIds.HEADER));
        var exchange = new Exchange(requestId, request.getMethod());
        request.setAttribute(Exchange.ATTRIBUTE, exchange);
        response.getHeaders().put(RequestIds.HEADER, requestId);
        Request.addCompletionListener(request, failure -> {
            exchange.completed(response.getStatus(), System.nanoTime() - start,
                    Request.getContentBytesRead(request), Response.getContentBytesWritten(response));
            tell(exchange);
        });
        return super.handle(request, response, callback);
    }

    private void tell(Exchange exchange) {
        for (ExchangeListener listener : listeners) {
            try {
                listener.completed(exchange);
            } catch (RuntimeException e) {
                LOG.warn("An exchange listener failed", e);
            }
        }
    }
}
