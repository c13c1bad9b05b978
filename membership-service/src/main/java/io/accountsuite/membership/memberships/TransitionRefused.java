package io.accountsuite.membership.memberships;

/**
 * A transition the membership's current state does not allow. The application answers it as a 409 problem of the
 * matching type ({@link RefusedTransitions#problem}); nothing has changed.
 */
public final class TransitionRefused extends RuntimeException {

    /** Why: the state does not allow it, or another change awaits its payment. */
    public enum Reason {
        NOT_ALLOWED_NOW, CHANGE_PENDING
    }

    private final Reason reason;

    public TransitionRefused(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    static TransitionRefused notNow(String message) {
        return new TransitionRefused(Reason.NOT_ALLOWED_NOW, message);
    }

    public Reason reason() {
        return reason;
    }
}
