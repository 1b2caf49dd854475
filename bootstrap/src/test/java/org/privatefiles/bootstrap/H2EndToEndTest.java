package org.privatefiles.bootstrap;

import java.util.List;

/** End to end on the embedded H2 database in a temporary data dir. */
class H2EndToEndTest extends EndToEndTest {
    @Override
    List<String> databaseFlags() {
        return List.of();
    }
}
