package io.accountsuite.platform.validation;

import java.util.Locale;

import io.accountsuite.platform.problem.ProblemMessages;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    @Test
    void single_line_text_has_no_control_character_at_all() {
        assertThat(PlainText.isSingleLine("Zoë's Bakery — Lyon 😀")).isTrue();
        assertThat(PlainText.isSingleLine(null)).isTrue();
        assertThat(PlainText.isSingleLine("two\nlines")).isFalse();
        assertThat(PlainText.isSingleLine("tab\there")).isFalse();
        assertThat(PlainText.isSingleLine("bell\u0007")).isFalse();
        assertThat(PlainText.isSingleLine("escape\u001b[2J")).isFalse();
        assertThat(PlainText.isSingleLine("c1\u0085control")).isFalse();
    }

    @Test
    void multi_line_text_keeps_line_breaks_and_tabs_only() {
        assertThat(PlainText.isMultiLine("first\r\nsecond\n\tindented")).isTrue();
        assertThat(PlainText.isMultiLine(null)).isTrue();
        assertThat(PlainText.isMultiLine("bell\u0007")).isFalse();
        assertThat(PlainText.isMultiLine("escape\u001b[2J")).isFalse();
    }

    record Form(@SingleLine String name) {
    }

    @Test
    void the_constraint_refuses_what_single_line_text_refuses() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Form("Bakery"))).isEmpty();
            assertThat(validator.validate(new Form(null))).isEmpty();
            assertThat(validator.validate(new Form("Bak\nery"))).singleElement()
                    .satisfies(v -> assertThat(ProblemMessages.standard().text(v, Locale.ENGLISH))
                            .isEqualTo("must not contain line breaks or control characters"));
        }
    }

    @Test
    void text_with_a_lone_surrogate_is_not_well_formed_and_a_whole_pair_is() {
        assertThat(PlainText.isWellFormed("a long passphrase 😀 é")).isTrue();
        assertThat(PlainText.isWellFormed("")).isTrue();
        assertThat(PlainText.isWellFormed("\ud800")).isFalse();
        assertThat(PlainText.isWellFormed("abc\ud83d")).isFalse();
        assertThat(PlainText.isWellFormed("\ude00abc")).isFalse();
        assertThat(PlainText.isWellFormed("\ude00\ud83d")).isFalse();
    }
}
