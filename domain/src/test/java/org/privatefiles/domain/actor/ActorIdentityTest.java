package org.privatefiles.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Org, user and project ids are positive 64-bit integers. */
class ActorIdentityTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void ids_that_are_not_positive_are_rejected(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> OrgId.of(value));
        assertThatIllegalArgumentException().isThrownBy(() -> UserId.of(value));
        assertThatIllegalArgumentException().isThrownBy(() -> ProjectId.of(value));
    }

    @Test
    void ids_accept_one_up_to_the_largest_long_and_print_as_the_number() {
        assertThat(OrgId.of(1).toString()).isEqualTo("1");
        assertThat(UserId.of(Long.MAX_VALUE).toString()).isEqualTo("9223372036854775807");
        assertThat(ProjectId.of(7).toString()).isEqualTo("7");
    }
}
