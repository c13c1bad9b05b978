package io.accountsuite.platform.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.com", "ann.o'neil+billing@mail.example.co.uk", "zoë@café.example",
            "a@b.c", "1@123.example"})
    void accepts_addresses_people_use(String email) {
        assertThat(EmailShape.matches(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ann", "ann@", "@example.com", "ann@example", "ann@@example.com", "ann smith@example.com",
            "ann@exa mple.com", "ann@-example.com", "ann@example-.com", "ann@example..com", "ann\u0000@example.com",
            "ann@example.com\n"})
    void refuses_what_is_not_an_address(String email) {
        assertThat(EmailShape.matches(email)).isFalse();
    }

    @Test
    void refuses_null_a_local_part_over_64_and_an_address_over_254_characters() {
        assertThat(EmailShape.matches(null)).isFalse();
        assertThat(EmailShape.matches("a".repeat(65) + "@example.com")).isFalse();
        assertThat(EmailShape.matches("a".repeat(64) + "@example.com")).isTrue();
        String longest = "a@" + ("d".repeat(63) + ".").repeat(3) + "d".repeat(56) + ".com";
        assertThat(longest).hasSize(254);
        assertThat(EmailShape.matches(longest)).isTrue();
        assertThat(EmailShape.matches("a" + longest)).isFalse();
    }
}
