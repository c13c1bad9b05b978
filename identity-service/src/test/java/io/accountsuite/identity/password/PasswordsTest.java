package io.accountsuite.identity.password;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTest {

    @Test
    void hashes_at_once_take_a_third_of_the_heap_at_19_mib_each_between_1_and_16() {
        assertThat(Passwords.fromHeap(256L * 1024 * 1024)).isEqualTo(4);
        assertThat(Passwords.fromHeap(512L * 1024 * 1024)).isEqualTo(8);
        assertThat(Passwords.fromHeap(32L * 1024 * 1024)).isEqualTo(1);
        assertThat(Passwords.fromHeap(16L * 1024 * 1024 * 1024)).isEqualTo(16);
    }

    @Test
    void a_password_with_a_lone_surrogate_matches_nothing_and_fails_no_hash_check() {
        Passwords passwords = new Passwords(1, Duration.ofSeconds(5));
        String hash = passwords.hash("a long passphrase ?").block();

        assertThat(passwords.matches("a long passphrase \ud800", hash).block()).isFalse();
        assertThat(passwords.matches("a long passphrase ?", hash).block()).isTrue();
    }
}
