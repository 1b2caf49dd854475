package org.privatefiles.adapter.http;

import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Puts {@link ServerLimits} into Jetty: outermost a {@link GracefulHandler} (on stop, new requests
 * are refused while those in flight get the drain time to finish), then Jetty's minimum request
 * data rate, then the {@link UploadSlots}; and the idle timeout on every connector, which ends a
 * body that stops arriving altogether (the rate is only checked when more of the body is asked for).
 */
final class JettyLimits {
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
                }
            }
        });
    }
}
