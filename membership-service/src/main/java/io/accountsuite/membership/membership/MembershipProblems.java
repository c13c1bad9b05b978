package io.accountsuite.membership.membership;

import java.util.function.Supplier;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** The problem types membership-service answers with, beyond the platform's. */
public final class MembershipProblems {

    public static final ProblemType NO_CHANGE = new ProblemType("no-change", HttpStatus.CONFLICT,
            "This proposes no changes");
    public static final ProblemType OVER_LIMIT = new ProblemType("over-limit", HttpStatus.CONFLICT,
            "The site would be over the new limits");
    public static final ProblemType NOT_ALLOWED_NOW = new ProblemType("not-allowed-now", HttpStatus.CONFLICT,
            "Not possible in the membership's current state");
    public static final ProblemType CHANGE_PENDING = new ProblemType("change-pending", HttpStatus.CONFLICT,
            "A change already awaits payment");

    private MembershipProblems() {
    }

    /** Runs a transition; one the membership's state refuses becomes its 409 problem. */
    public static Transition attempt(Supplier<Transition> transition) {
        try {
            return transition.get();
        } catch (TransitionRefused refused) {
            throw problem(refused);
        }
    }

    static ApiProblem problem(TransitionRefused refused) {
        ProblemType type = refused.reason() == TransitionRefused.Reason.CHANGE_PENDING ? CHANGE_PENDING
                : NOT_ALLOWED_NOW;
        return type.problem(refused.getMessage());
    }
}
