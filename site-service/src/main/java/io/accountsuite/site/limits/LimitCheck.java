package io.accountsuite.site.limits;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** Refuses content beyond the site's limits, naming the limit. */
public final class LimitCheck {

    public static final ProblemType OVER_LIMIT = new ProblemType("over-limit", HttpStatus.CONFLICT,
            "The site is at its plan's limit");
    public static final ProblemType VISIT_QUOTA = new ProblemType("visit-quota-reached", HttpStatus.TOO_MANY_REQUESTS,
            "The site reached its monthly visits");

    private LimitCheck() {
    }

    /** Errors when one more would go past {@code allowed} (null is unlimited). */
    public static void roomForOne(String limit, long used, Long allowed) {
        if (allowed != null && used + 1 > allowed) {
            throw OVER_LIMIT.problem("This site already has " + used + " " + limit + " of " + allowed
                    + " allowed by its plan").with("limit", limit).with("allowed", allowed).with("usage", used);
        }
    }

    public static void roomForDisk(long usedBytes, long addedBytes, Long allowedMb) {
        if (allowedMb != null && usedBytes + addedBytes > allowedMb * 1024 * 1024) {
            throw OVER_LIMIT.problem("This upload would take the site past its " + allowedMb + " MB of disk space")
                    .with("limit", "diskMb").with("allowed", allowedMb);
        }
    }

    public static ApiProblem visitQuota(long allowed) {
        return VISIT_QUOTA.problem("This site reached its " + allowed + " visits this month").with("limit",
                "visitsPerMonth").with("allowed", allowed);
    }
}
