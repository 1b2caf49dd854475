package org.privatefiles.adapter.filestore;

import java.io.IOException;
import java.nio.channels.FileChannel;

/** Early fdatasyncs of a file being written, one at a time on a helper thread; closing waits for the last and reports any failure. */
final class BackgroundFlush implements AutoCloseable {
    private final FileChannel channel;
    private Thread running;
    private volatile IOException failure;

    BackgroundFlush(FileChannel channel) {
        this.channel = channel;
    }

    /** Starts a flush of what is written so far unless one is still running; whether it started one. */
    boolean startIfIdle() throws IOException {
        if (running != null && running.isAlive()) {
            return false;
        }
        throwIfFailed();
        running = new Thread(this::flush, "content-store-flush");
        running.setDaemon(true);
        running.start();
        return true;
    }

    /** Waits for the running flush (even when interrupted), so the file is never closed under it. */
    @Override
    public void close() throws IOException {
        boolean interrupted = false;
        while (running != null && running.isAlive()) {
            try {
                running.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        throwIfFailed();
    }

    private void flush() {
        try {
            channel.force(false);
        } catch (IOException e) {
            failure = e;
        }
    }

    // An early flush is only a head start (the writer's final force makes the file durable), but
    // its failure must fail the write: Linux reports a writeback error once per open file, so the
    // final force on the same channel might not see it again.
    private void throwIfFailed() throws IOException {
        IOException failed = failure;
        if (failed != null) {
            throw new IOException("an early flush of the file failed", failed);
        }
    }
}
