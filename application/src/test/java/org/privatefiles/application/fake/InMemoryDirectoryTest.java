package org.privatefiles.application.fake;

import org.privatefiles.application.contract.DirectoryContract;
import org.privatefiles.application.port.out.Directory;

/** The directory contract on the in-memory fake, one directory shared by every test. */
class InMemoryDirectoryTest extends DirectoryContract {
    private static final InMemoryDirectory DIRECTORY = new InMemoryDirectory();

    @Override
    protected Directory directory() {
        return DIRECTORY;
    }
}
