package org.privatefiles.adapter.jdbc;

/** A fresh database for one test class: where to connect, and how to throw it away. */
interface TestDatabase extends AutoCloseable {
    String url();

    @Override
    void close();

    /** Opens the adapter on this database (running the migrations). */
    default JdbcPersistence open() {
        return JdbcPersistence.open(url(), null, null);
    }
}
