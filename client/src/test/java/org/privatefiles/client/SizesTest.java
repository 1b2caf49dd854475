package org.privatefiles.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Sizes on the command line are powers of 1024, with or without a unit. */
class SizesTest {
    @Test
    void sizes_read_with_binary_units() {
        assertThat(Sizes.parse("16M")).isEqualTo(16L << 20);
        assertThat(Sizes.parse("16MiB")).isEqualTo(16L << 20);
        assertThat(Sizes.parse("512k")).isEqualTo(512L << 10);
        assertThat(Sizes.parse("2G")).isEqualTo(2L << 30);
        assertThat(Sizes.parse("1048576")).isEqualTo(1L << 20);
    }

    @Test
    void a_size_that_is_not_one_is_refused() {
        assertThatThrownBy(() -> Sizes.parse("lots")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sizes.parse("-5M")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizes_show_in_the_largest_unit_that_fits() {
        assertThat(Sizes.human(999)).isEqualTo("999 B");
        assertThat(Sizes.human(1536)).isEqualTo("1.5 KiB");
        assertThat(Sizes.human(3L << 30)).isEqualTo("3.0 GiB");
    }
}
