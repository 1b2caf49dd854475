package org.privatefiles.adapter.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class (register it in a static field) and its {@code @Nested} classes their own fresh database with the adapter
 * open on it, from before the first test to after the last; for classes that extend a contract.
 */
final class PersistenceExtension implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<TestDatabase> databases;
    private TestDatabase database;
    private JdbcPersistence persistence;
    /** The class that opened the database; its {@code @Nested} classes, which see the extension too, share it. */
    private ExtensionContext opener;

    private PersistenceExtension(Supplier<TestDatabase> databases) {
        this.databases = databases;
    }

    static PersistenceExtension h2() {
        return new PersistenceExtension(H2TestDatabase::create);
    }

    static PersistenceExtension postgres() {
        return new PersistenceExtension(PostgresTestDatabase::createOrSkip);
    }

    JdbcPersistence persistence() {
        if (persistence == null) {
            throw new IllegalStateException("the database is not open (outside the test class?)");
        }
        return persistence;
    }

    /** The URL of the class's database, for tests that look at it directly. */
    String url() {
        return database.url();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (opener != null) {
            return;
        }
        opener = context;
        database = databases.get();
        persistence = database.open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context != opener) {
            return;
        }
        opener = null;
        try {
            if (persistence != null) {
                persistence.close();
            }
        } finally {
            persistence = null;
            if (database != null) {
                database.close();
                database = null;
            }
        }
    }
}
