package org.privatefiles.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.privatefiles.application.fake.InMemoryContentStore;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.domain.failure.NotFoundException;
import org.privatefiles.domain.failure.UnavailableException;

/** The content store decorator: an I/O failure of the store is an outage, everything else passes through. */
class ContentStoreOutagesTest {

    @Test
    void an_io_failure_of_the_store_is_an_unavailable_exception() {
        var store = new InMemoryContentStore();
        store.setAvailable(false);
        var guarded = new ContentStoreOutages(store);

        assertThatThrownBy(() -> guarded.write(new ByteArrayInputStream(new byte[] {1}), 10))
                .isInstanceOf(UnavailableException.class);
        assertThat(guarded.isAvailable()).isFalse();
    }

    @Test
    void other_failures_and_results_pass_through() {
        var guarded = new ContentStoreOutages(new InMemoryContentStore());

        var stored = guarded.write(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);

        assertThat(guarded.size(stored.key())).isEqualTo(3);
        assertThatThrownBy(() -> guarded.size("missing")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void every_method_of_the_port_is_forwarded_so_none_falls_back_to_a_default() throws NoSuchMethodException {
        for (Method method : ContentStore.class.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers())) {
                Method own = ContentStoreOutages.class.getMethod(method.getName(), method.getParameterTypes());
                assertThat(own.getDeclaringClass()).as(method.getName()).isEqualTo(ContentStoreOutages.class);
            }
        }
    }
}
