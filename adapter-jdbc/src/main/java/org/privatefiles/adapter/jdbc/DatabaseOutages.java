package org.privatefiles.adapter.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.privatefiles.domain.failure.UnavailableException;

/**
 * Turns a failure to reach the database anywhere in a port call into an {@link UnavailableException}:
 * no connection within the pool's timeout, a refused or broken connection (SQL state class 08), or a
 * server shutting down or starting up (57P01..57P03). Other failures pass through unchanged.
 */
final class DatabaseOutages {
    static final String MESSAGE = "The database cannot be reached.";

    private DatabaseOutages() {
    }

    /** The port implementation behind a proxy that translates outages on every call. */
    static <T> T guard(Class<T> port, T implementation) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (self, method, args) -> {
            try {
                return method.invoke(implementation, args);
            } catch (InvocationTargetException e) {
                Throwable failure = e.getCause();
                if (isOutage(failure)) {
                    throw new UnavailableException(MESSAGE, failure);
                }
                throw failure;
            }
        });
        return port.cast(proxy);
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
