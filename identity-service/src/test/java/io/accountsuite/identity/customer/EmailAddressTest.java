package io.accountsuite.identity.customer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.com", "  ann@example.com ", "a.b+tag@sub.example.co.uk", "jose@exämple.fr"})
    void valid_addresses_are_accepted_trimmed(String raw) {
        assertThat(EmailAddress.parse(raw)).hasValue(raw.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ann", "ann@", "@example.com", "ann@example", "ann@@example.com", "an n@example.com",
            "ann@-example.com", "ann@example..com", "ann\u0000@example.com"})
    void malformed_addresses_are_refused(String raw) {
        assertThat(EmailAddress.parse(raw)).isEmpty();
    }

    @Test
    void over_long_addresses_are_refused_and_keys_ignore_case() {
        assertThat(EmailAddress.parse("a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "."
                + "d".repeat(60) + "." + "e".repeat(60) + ".com")).isEmpty();
        assertThat(EmailAddress.parse("a".repeat(65) + "@example.com")).isEmpty();
        assertThat(EmailAddress.key(" Ann@Example.COM ")).isEqualTo("ann@example.com");
    }
}
