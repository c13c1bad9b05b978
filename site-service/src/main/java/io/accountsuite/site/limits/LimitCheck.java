package io.accountsuite.site.limits;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.site.SiteProblems;
import org.springframework.http.HttpStatus;

/** Refuses content beyond the site's limits, naming the limit. */
public final class LimitCheck {


    private LimitCheck() {
    }

    /** Errors when one more would go past {@code allowed} (null is unlimited). */
    public static void roomForOne(String limit, long used, Long allowed) {
        if (allowed != null && used + 1 > allowed) {
            throw SiteProblems.OVER_LIMIT.problem(Message.of("site.limit.over", used,
                    Message.word("site.limit." + limit, limit), allowed))
                    .with("limit", limit).with("allowed", allowed).with("usage", used);
        }
    }

    public static void roomForDisk(long usedBytes, long addedBytes, Long allowedMb) {
        if (allowedMb != null && usedBytes + addedBytes > allowedMb * 1024 * 1024) {
            throw SiteProblems.OVER_LIMIT.problem(Message.of("site.limit.disk", allowedMb))
                    .with("limit", "diskMb").with("allowed", allowedMb);
        }
    }

    public static ApiProblem visitQuota(long allowed) {
        return SiteProblems.VISIT_QUOTA_REACHED.problem(Message.of("site.limit.visits", allowed))
                .with("limit", "visitsPerMonth").with("allowed", allowed);
    }
}
