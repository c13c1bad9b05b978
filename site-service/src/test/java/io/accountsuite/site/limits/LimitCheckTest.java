package io.accountsuite.site.limits;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.site.SiteProblems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Content within the plan's limits (SPEC "Site limits"): the last unit allowed is allowed, one more is not. */
class LimitCheckTest {

    private static final long MB = 1024 * 1024;

    @Test
    void the_last_post_a_plan_allows_is_allowed_and_the_next_is_refused_naming_the_limit() {
        assertThatCode(() -> LimitCheck.roomForOne("posts", 9, 10L)).doesNotThrowAnyException();

        assertThatThrownBy(() -> LimitCheck.roomForOne("posts", 10, 10L))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.type()).isEqualTo(SiteProblems.OVER_LIMIT);
                    assertThat(problem.type().status().value()).isEqualTo(409);
                    assertThat(problem.members()).containsEntry("limit", "posts").containsEntry("allowed", 10L)
                            .containsEntry("usage", 10L);
                });
    }

    @Test
    void no_limit_allows_any_number() {
        assertThatCode(() -> LimitCheck.roomForOne("pages", 1_000_000, null)).doesNotThrowAnyException();
        assertThatCode(() -> LimitCheck.roomForDisk(500 * MB, 500 * MB, null)).doesNotThrowAnyException();
    }

    @Test
    void an_upload_may_fill_the_disk_to_the_byte_but_not_past_it() {
        assertThatCode(() -> LimitCheck.roomForDisk(90 * MB, 10 * MB, 100L)).doesNotThrowAnyException();

        assertThatThrownBy(() -> LimitCheck.roomForDisk(90 * MB, 10 * MB + 1, 100L))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.type()).isEqualTo(SiteProblems.OVER_LIMIT);
                    assertThat(problem.members()).containsEntry("limit", "diskMb").containsEntry("allowed", 100L);
                });
    }

    @Test
    void the_visit_quota_answers_429_naming_the_monthly_limit() {
        ApiProblem quota = LimitCheck.visitQuota(1000);

        assertThat(quota.type().status().value()).isEqualTo(429);
        assertThat(quota.members()).containsEntry("limit", "visitsPerMonth").containsEntry("allowed", 1000L);
    }
}
