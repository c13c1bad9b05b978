package io.accountsuite.membership.membership;

import io.accountsuite.platform.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** The problem types membership-service answers with, beyond the platform's. */
public final class MembershipProblems {

    public static final ProblemType NO_CHANGE = new ProblemType("no-change", HttpStatus.CONFLICT,
            "This proposes no changes");
    public static final ProblemType OVER_LIMITS = new ProblemType("over-limits", HttpStatus.CONFLICT,
            "The site would be over the new limits");
    public static final ProblemType NOT_ALLOWED_NOW = new ProblemType("not-allowed-now", HttpStatus.CONFLICT,
            "Not possible in the membership's current state");

    private MembershipProblems() {
    }
}
