package org.privatefiles.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/** Waiting for the background work of a transfer, with its failure coming out as the client's own. */
final class Futures {
    private Futures() {
    }

    static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ClientFailure failure) {
                throw failure;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException("cannot read the file", io);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ClientFailure.transfer("interrupted", e);
        }
    }

    /** True when the work has ended with a failure. */
    static boolean failed(Future<?> future) {
        if (!future.isDone()) {
            return false;
        }
        try {
            future.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    static void acquire(Semaphore slots) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ClientFailure.transfer("interrupted", e);
        }
    }
}
