package org.privatefiles.adapter.jdbc;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.h2.mvstore.MVStore;

/**
 * Makes a JDBC commit on embedded H2 return only once its changes are written to the file. With
 * {@code WRITE_DELAY=0}, H2 stores at commit, except that {@code MVStore.commit()} returns at once
 * while another store is running, and that store may have taken its snapshot before this
 * transaction committed (a 2xx lost on kill -9, seen in the crash tests). So after the commit this
 * waits until a store that began after it has finished, or nothing is left unsaved; concurrent
 * commits still share one store.
 */
final class H2DurableCommits {
    private static final long PAUSE_NANOS = 100_000;
    private static final Field STORE_IN_PROGRESS = storeInProgressField();

    private H2DurableCommits() {
    }

    /** The data source, whose connections' {@code commit()} also waits for the store. */
    static DataSource durable(DataSource source) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(source, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return result instanceof Connection connection ? wrap(connection) : result;
                });
    }

    /** The connection, whose {@code commit()} also waits for the store. */
    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("commit") && method.getParameterCount() == 0) {
                        awaitStored(H2StoreCompaction.mvStore(connection));
                    }
                    return result;
                });
    }

    static void awaitStored(MVStore store) throws SQLException {
        long committedIn = store.getCurrentVersion();
        while (true) {
            store.commit(); // stores what is unsaved now, unless another store is running
            boolean quiet = !storeInProgress(store);
            if (store.isClosed() || quiet && (store.getCurrentVersion() > committedIn || !store.hasUnsavedChanges())) {
                return;
            }
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }

    private static boolean storeInProgress(MVStore store) throws SQLException {
        try {
            return ((AtomicBoolean) STORE_IN_PROGRESS.get(store)).get();
        } catch (IllegalAccessException e) {
            throw new SQLException("cannot see whether H2 is storing", e);
        }
    }

    private static Field storeInProgressField() {
        try {
            Field field = MVStore.class.getDeclaredField("storeOperationInProgress");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("this H2 version has no MVStore.storeOperationInProgress", e);
        }
    }
}
