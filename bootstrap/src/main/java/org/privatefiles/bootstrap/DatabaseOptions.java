package org.privatefiles.bootstrap;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Configuration flags: where data lives and which database holds it. */
@FromEnvironment
final class DatabaseOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data", converter = TextConverters.Folder.class,
            description = "embedded H2 database, file store, keys")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "URL", converter = TextConverters.JdbcUrl.class,
            description = "embedded H2 in the data dir; a jdbc:postgresql://... URL selects PostgreSQL")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "none (the URL may carry it)")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "none")
    String dbPassword;
}
