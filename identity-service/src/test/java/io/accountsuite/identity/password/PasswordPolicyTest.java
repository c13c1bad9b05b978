package io.accountsuite.identity.password;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords.load());

    @Test
    void a_long_uncommon_password_passes() {
        assertThat(POLICY.violations("correct horse battery staple", "ann@example.com")).isEmpty();
    }

    @Test
    void the_list_holds_at_least_the_ten_thousand_most_common_passwords() {
        assertThat(CommonPasswords.load()).hasSizeGreaterThanOrEqualTo(10_000)
                .contains("password", "123456", "qwerty", "iloveyou");
    }

    @Test
    void length_is_counted_in_characters_between_12_and_128() {
        assertThat(POLICY.violations("Sh0rt!pass", null)).containsExactly("must be at least 12 characters");
        assertThat(POLICY.violations("x".repeat(129), null)).containsExactly("must be at most 128 characters");
        assertThat(POLICY.violations("ééééééééééééé", null)).isEmpty();
        assertThat(POLICY.violations("x".repeat(128), null)).isEmpty();
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        PasswordPolicy policy = new PasswordPolicy(Set.of("trustno1trustno1"));
        assertThat(policy.violations("TrustNo1TrustNo1", null)).containsExactly("is one of the most common passwords");
        assertThat(POLICY.violations("1234567890123", null)).isEmpty();
        assertThat(POLICY.violations("baseball", null)).contains("is one of the most common passwords");
    }

    @Test
    void the_email_itself_is_refused() {
        assertThat(POLICY.violations("Ann.Long@Example.com", "ann.long@example.com"))
                .containsExactly("must not be your email address");
    }

    @Test
    void several_rules_broken_are_all_reported() {
        assertThat(POLICY.violations("qwerty", null)).hasSize(2);
        assertThat(POLICY.violations("", null)).containsExactly("is required");
    }

    @Test
    void a_password_holding_half_of_a_character_pair_is_refused_before_anything_counts_or_hashes_it() {
        assertThat(POLICY.violations("a long passphrase \ud800", "ann@example.com"))
                .containsExactly("must be text: it holds half of a character pair");
    }
}
