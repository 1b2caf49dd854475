package org.privatefiles.application.port.in;

import java.util.OptionalLong;
import java.util.stream.Stream;
import org.privatefiles.domain.file.PrivateFile;
import org.privatefiles.domain.query.Paging;
import java.util.Optional;

/** The result of a listing: the files as a stream to close, and for a paged listing the page and the total. */
public record FileListing(Stream<PrivateFile> files, Optional<Paging> paging, OptionalLong total) implements AutoCloseable {
    @Override
    public void close() {
        files.close();
    }
}
