package org.privatefiles.adapter.filestore;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Not a test: the process {@link CrashSafetyTest} kills. Writes a slow, never-ending stream into a
 * store on the given root; stops producing after a cap so a forgotten process cannot fill the
 * disk, and halts itself after a few minutes.
 */
public final class CrashingWriter {
    static final long MIB = 1024 * 1024;
    private static final long CAP = 512 * MIB;

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Thread watchdog = new Thread(() -> {
            sleep(180_000);
            Runtime.getRuntime().halt(3);
        });
        watchdog.setDaemon(true);
        watchdog.start();

        var store = new LocalDiskContentStore(Path.of(args[0]));
        var slow = new FilterInputStream(GeneratedStream.endless(7)) {
            private long served;

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                while (served >= CAP) {
                    sleep(1000);
                }
                sleep(2);
                int n = super.read(bytes, offset, Math.min(length, 64 * 1024));
                served += n;
                return n;
            }
        };
        store.write(slow, Long.MAX_VALUE);
        System.exit(4); // never reached: the stream never ends
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
