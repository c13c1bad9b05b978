package io.accountsuite.identity.password;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.accountsuite.platform.problem.ProblemMessages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords.load());

    /** The rules broken, as an English reader sees them. */
    private static List<String> english(PasswordPolicy policy, String password, String email) {
        return policy.violations(password, email).stream()
                .map(broken -> ProblemMessages.standard().text(broken, Locale.ENGLISH)).toList();
    }

    @Test
    void a_long_uncommon_password_passes() {
        assertThat(english(POLICY, "correct horse battery staple", "ann@example.com")).isEmpty();
    }

    @Test
    void the_list_holds_at_least_the_ten_thousand_most_common_passwords() {
        assertThat(CommonPasswords.load()).hasSizeGreaterThanOrEqualTo(10_000)
                .contains("password", "123456", "qwerty", "iloveyou");
    }

    @Test
    void length_is_counted_in_characters_between_12_and_128() {
        assertThat(english(POLICY, "Sh0rt!pass", null)).containsExactly("must be at least 12 characters");
        assertThat(english(POLICY, "x".repeat(129), null)).containsExactly("must be at most 128 characters");
        assertThat(english(POLICY, "ééééééééééééé", null)).isEmpty();
        assertThat(english(POLICY, "x".repeat(128), null)).isEmpty();
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        PasswordPolicy policy = new PasswordPolicy(Set.of("trustno1trustno1"));
        assertThat(english(policy, "TrustNo1TrustNo1", null)).containsExactly("is one of the most common passwords");
        assertThat(english(POLICY, "1234567890123", null)).isEmpty();
        assertThat(english(POLICY, "baseball", null)).contains("is one of the most common passwords");
    }

    @Test
    void the_email_itself_is_refused() {
        assertThat(english(POLICY, "Ann.Long@Example.com", "ann.long@example.com"))
                .containsExactly("must not be your email address");
    }

    @Test
    void several_rules_broken_are_all_reported() {
        assertThat(english(POLICY, "qwerty", null)).hasSize(2);
        assertThat(english(POLICY, "", null)).containsExactly("is required");
    }

    @Test
    void a_password_holding_half_of_a_character_pair_is_refused_before_anything_counts_or_hashes_it() {
        assertThat(english(POLICY, "a long passphrase \ud800", "ann@example.com"))
                .containsExactly("must be text: it holds half of a character pair");
    }
}
