package io.accountsuite.site.limits;

import io.accountsuite.platform.problem.ApiProblem;
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
            throw SiteProblems.OVER_LIMIT.problem("This site already has " + used + " " + limit + " of " + allowed
                    + " allowed by its plan").with("limit", limit).with("allowed", allowed).with("usage", used);
        }
    }

    public static void roomForDisk(long usedBytes, long addedBytes, Long allowedMb) {
        if (allowedMb != null && usedBytes + addedBytes > allowedMb * 1024 * 1024) {
            throw SiteProblems.OVER_LIMIT.problem(
                    "This upload would take the site past its " + allowedMb + " MB of disk space")
                    .with("limit", "diskMb").with("allowed", allowedMb);
        }
    }

    public static ApiProblem visitQuota(long allowed) {
        return SiteProblems.VISIT_QUOTA_REACHED.problem("This site reached its " + allowed + " visits this month")
                .with("limit", "visitsPerMonth").with("allowed", allowed);
    }
}
