package org.privatefiles.application.port.in;

/** Whether the database and the content storage answer. */
public record HealthReport(boolean databaseUp, boolean storageUp) {
    public boolean up() {
        return databaseUp && storageUp;
    }
}
