package org.privatefiles.application.fake;

import org.privatefiles.application.contract.ThrottleStoreContract;
import org.privatefiles.application.port.out.ThrottleStore;

/** The throttle store contract on the in-memory fake, one store shared by every test. */
class InMemoryThrottleStoreTest extends ThrottleStoreContract {
    private static final InMemoryThrottleStore STORE = new InMemoryThrottleStore();

    @Override
    protected ThrottleStore store() {
        return STORE;
    }
}
