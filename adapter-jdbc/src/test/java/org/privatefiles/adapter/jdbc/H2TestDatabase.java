package org.privatefiles.adapter.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** An embedded H2 file database in a fresh temporary folder, with the production URL settings. */
final class H2TestDatabase implements TestDatabase {
    private final Path folder;

    private H2TestDatabase(Path folder) {
        this.folder = folder;
    }

    static H2TestDatabase create() {
        try {
            return new H2TestDatabase(Files.createTempDirectory("pf-h2-test-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    @Override
    public String url() {
        return JdbcPersistence.h2FileUrl(folder);
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
