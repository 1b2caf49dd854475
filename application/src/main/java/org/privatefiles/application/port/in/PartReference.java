package org.privatefiles.application.port.in;

/** A part a client lists when completing a chunked upload: its number and the etag it received. */
public record PartReference(int partNumber, String etag) {
}
