package org.privatefiles.adapter.http;

/** Told about every request once its response is complete (access log, metrics). */
@FunctionalInterface
public interface ExchangeListener {
    void completed(Exchange exchange);
}
