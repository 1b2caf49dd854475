package org.privatefiles.adapter.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.privatefiles.application.port.in.HealthReport;

/** Web view of the health check: {@code {"status","database","storage"}}, each UP or DOWN. */
@JsonPropertyOrder({"status", "database", "storage"})
record HealthView(String status, String database, String storage) {
    static HealthView from(HealthReport report) {
        return new HealthView(upDown(report.up()), upDown(report.databaseUp()), upDown(report.storageUp()));
    }

    private static String upDown(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
