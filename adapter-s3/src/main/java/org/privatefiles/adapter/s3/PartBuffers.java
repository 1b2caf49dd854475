package org.privatefiles.adapter.s3;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** Part-sized buffers kept for reuse, so that writes do not allocate (and the collector need not free) several MiB each. */
final class PartBuffers {
    private static final int KEPT = 4;

    private final int partBytes;
    private final BlockingQueue<byte[]> idle = new ArrayBlockingQueue<>(KEPT);

    PartBuffers(int partBytes) {
        this.partBytes = partBytes;
    }

    int partBytes() {
        return partBytes;
    }

    byte[] take() {
        byte[] buffer = idle.poll();
        return buffer != null ? buffer : new byte[partBytes];
    }

    void give(byte[] buffer) {
        idle.offer(buffer);
    }
}
