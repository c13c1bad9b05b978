package io.accountsuite.membership.memberships;

import java.util.Arrays;
import java.util.function.Supplier;

import io.accountsuite.membership.MembershipProblems;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;

/** A transition the membership's state refuses, answered as its 409 problem ({@link MembershipProblems}). */
public final class RefusedTransitions {

    private RefusedTransitions() {
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
        ProblemType type = refused.reason() == TransitionRefused.Reason.CHANGE_PENDING
                ? MembershipProblems.CHANGE_PENDING
                : MembershipProblems.NOT_ALLOWED_NOW;
        Object[] args = Arrays.stream(refused.args()).map(arg -> arg instanceof MembershipStatus status
                ? Message.word("membership.status." + status.value(), status.value()) : arg).toArray();
        return type.problem(Message.of(refused.getMessage(), args));
    }
}
