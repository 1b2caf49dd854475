package org.privatefiles.bootstrap;

import java.util.List;

/** The write race on the embedded H2 database. */
class H2ConcurrentWritesTest extends ConcurrentWritesTest {
    @Override
    List<String> databaseFlags() {
        return List.of();
    }
}
