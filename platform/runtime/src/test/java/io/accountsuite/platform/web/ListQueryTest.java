package io.accountsuite.platform.web;

import java.util.UUID;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.FieldError;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.values.WireValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ListQueryTest {

    enum Status implements WireValue { PENDING, PARTIALLY_REFUNDED }

    @Test
    void a_limit_not_given_is_the_default_and_one_given_is_kept_within_the_bounds() {
        assertThat(ListQuery.limit(null)).isEqualTo(100);
        assertThat(ListQuery.limit(" ")).isEqualTo(100);
        assertThat(ListQuery.limit("1")).isEqualTo(1);
        assertThat(ListQuery.limit("500")).isEqualTo(500);
        assertThat(ListQuery.limit("007")).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "-1", "+5", "1.5", "abc", "99999999999", "١٢", "1e2"})
    void any_other_limit_is_refused_naming_the_parameter(String raw) {
        assertRefused(() -> ListQuery.limit(raw), "limit");
    }

    @Test
    void a_word_filter_reads_its_enums_words_and_nothing_given_means_no_filter() {
        assertThat(ListQuery.word(Status.class, "status", "partially-refunded")).isEqualTo(Status.PARTIALLY_REFUNDED);
        assertThat(ListQuery.word(Status.class, "status", null)).isNull();
        assertThat(ListQuery.word(Status.class, "status", "")).isNull();
        ApiProblem refused = assertRefused(() -> ListQuery.word(Status.class, "status", "bogus"), "status");
        assertThat(refused.errors()).extracting(FieldError::message)
                .containsExactly("must be one of pending, partially-refunded");
    }

    @Test
    void an_id_filter_takes_a_uuid_only() {
        UUID id = UUID.randomUUID();
        assertThat(ListQuery.id("customerId", id.toString())).isEqualTo(id);
        assertThat(ListQuery.id("customerId", null)).isNull();
        assertRefused(() -> ListQuery.id("customerId", "ann"), "customerId");
    }

    @Test
    void a_yes_no_filter_takes_true_or_false_only() {
        assertThat(ListQuery.yesNo("trouble", "true")).isTrue();
        assertThat(ListQuery.yesNo("trouble", "false")).isFalse();
        assertThat(ListQuery.yesNo("trouble", null)).isFalse();
        assertRefused(() -> ListQuery.yesNo("trouble", "yes"), "trouble");
    }

    private static ApiProblem assertRefused(Runnable read, String parameter) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, read::run);
        assertThat(problem).as("refused").isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly(parameter);
        return problem;
    }
}
