package org.privatefiles.adapter.http;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * One line per request on the logger {@value #LOGGER}: the message reads well as text, and the
 * same facts go as key-value pairs, which logback's JsonEncoder writes as fields.
 */
public final class AccessLog implements ExchangeListener {
    public static final String LOGGER = "privatefiles.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void completed(Exchange e) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        double millis = e.durationNanos() / (double) TimeUnit.MILLISECONDS.toNanos(1);
        String duration = String.format(java.util.Locale.ROOT, "%.3f", millis);
        LoggingEventBuilder line = LOG.atInfo()
                .addKeyValue("request_id", e.requestId())
                .addKeyValue("method", e.method())
                .addKeyValue("route", e.route())
                .addKeyValue("status", e.status())
                .addKeyValue("duration_ms", Double.parseDouble(duration))
                .addKeyValue("bytes_in", e.bytesIn())
                .addKeyValue("bytes_out", e.bytesOut());
        if (e.orgId() != null) {
            line = line.addKeyValue("org_id", e.orgId());
        }
        if (e.userId() != null) {
            line = line.addKeyValue("user_id", e.userId());
        }
        line.log("{} {} {} {}ms in={} out={} org={} user={} request_id={}", e.method(), e.route(), e.status(),
                duration, e.bytesIn(), e.bytesOut(), dash(e.orgId()), dash(e.userId()), e.requestId());
    }

    private static Object dash(Long id) {
        return id == null ? "-" : id;
    }
}
