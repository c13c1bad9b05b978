package io.accountsuite.membership;

import io.accountsuite.platform.problem.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * The problem types this service answers with beyond the platform's ({@link ProblemType}), in one place: one slug
 * per meaning across the suite ({@code over-limit} means the same in site-service and membership-service).
 */
public final class MembershipProblems {

    public static final ProblemType NO_CHANGE = new ProblemType("no-change", HttpStatus.CONFLICT,
            "This proposes no changes");

    public static final ProblemType OVER_LIMIT = new ProblemType("over-limit", HttpStatus.CONFLICT,
            "The site would be over the new limits");

    public static final ProblemType NOT_ALLOWED_NOW = new ProblemType("not-allowed-now", HttpStatus.CONFLICT,
            "Not possible in the membership's current state");

    public static final ProblemType CHANGE_PENDING = new ProblemType("change-pending", HttpStatus.CONFLICT,
            "A change already awaits payment");

    public static final ProblemType SLUG_TAKEN = new ProblemType("slug-taken", HttpStatus.CONFLICT,
            "Another product has this slug");

    public static final ProblemType COUPON_CODE_TAKEN = new ProblemType("coupon-code-taken", HttpStatus.CONFLICT,
            "Another coupon has this code");

    private MembershipProblems() {
    }
}
