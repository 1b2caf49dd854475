package org.privatefiles.application.port.in;

/** What one maintenance pass removed. */
public record SweepReport(int temporaryFiles, int abandonedUploads, int orphanContents, int unfinishedWrites,
                          int throttleEntries) {
}
