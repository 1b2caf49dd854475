package org.privatefiles.adapter.filestore;

/** The most bytes handed to a FileChannel in one call from a heap array (the JDK keeps a direct buffer that big per thread). */
final class IoSlice {
    /** Large enough for few system calls, small enough that every server thread caching one costs little. */
    static final int MAX = 128 * 1024;

    private IoSlice() {
    }
}
