package org.privatefiles.adapter.http;

import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Puts {@link ServerLimits} into Jetty: outermost a {@link GracefulHandler} (on stop, new requests
 * are refused while those in flight get the drain time to finish), then Jetty's minimum request
 * data rate, then the {@link UploadSlots}; and on every connector the idle timeout, which ends a
 * body that stops arriving altogether (the rate is only checked when more of the body is asked for),
 * and an accept queue that absorbs a burst of connections.
 */
final class JettyLimits {
    /**
     * Connections the kernel may hold for us before they are accepted (capped by net.core.somaxconn).
     * With the small default a burst of clients overflows it, and every connection behind it, a
     * health check too, waits for the client's SYN to be retransmitted (1 s, then 3 s).
     */
    static final int ACCEPT_QUEUE = 1024;
    private JettyLimits() {
    }

    static void install(Server server, ServerLimits limits) {
        server.insertHandler(new UploadSlots(limits.maxConcurrentUploads()));
        server.insertHandler(new MinimumDataRateHandler(limits.minRequestBytesPerSecond(), 0));
        server.insertHandler(new GracefulHandler());
        server.setStopTimeout(limits.drainTime().toMillis());
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof AbstractConnector abstractConnector) {
                        abstractConnector.setIdleTimeout(limits.idleTimeout().toMillis());
                    }
                    if (connector instanceof ServerConnector serverConnector) {
                        serverConnector.setAcceptQueueSize(ACCEPT_QUEUE);
                    }
                }
            }
        });
    }
}
