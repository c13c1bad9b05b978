package io.accountsuite.platform.values;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireValueTest {

    enum Status implements WireValue { ACTIVE, ON_HOLD }

    enum Stage implements WireValue {
        CHECKING_SSL("checking-ssl-cert");

        private final String value;

        Stage(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    @Test
    void a_constant_is_written_in_lower_case_with_hyphens_and_read_back() {
        assertThat(Status.ON_HOLD.value()).isEqualTo("on-hold");
        assertThat(WireValue.of(Status.class, "on-hold")).isEqualTo(Status.ON_HOLD);
        assertThat(WireValue.of(Status.class, "ACTIVE")).isEqualTo(Status.ACTIVE);
    }

    @Test
    void an_enum_with_words_of_its_own_reads_them() {
        assertThat(WireValue.of(Stage.class, "checking-ssl-cert")).isEqualTo(Stage.CHECKING_SSL);
    }

    @Test
    void any_other_word_is_refused_naming_the_type() {
        assertThatThrownBy(() -> WireValue.of(Status.class, "on_hold")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Status");
        assertThatThrownBy(() -> WireValue.of(Status.class, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
