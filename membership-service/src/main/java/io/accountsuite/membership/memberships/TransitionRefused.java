package io.accountsuite.membership.memberships;

/**
 * A transition the membership's current state does not allow. The application answers it as a 409 problem of the
 * matching type ({@link RefusedTransitions#problem}); nothing has changed. Its message is the key of the text people
 * read (the problem bundle {@code problems/membership}), with {@link #args()} (a status is shown in their words).
 */
public final class TransitionRefused extends RuntimeException {

    /** Why: the state does not allow it, or another change awaits its payment. */
    public enum Reason {
        NOT_ALLOWED_NOW, CHANGE_PENDING
    }

    private final Reason reason;
    private final Object[] args;

    public TransitionRefused(Reason reason, String key, Object... args) {
        super(key, null, false, false);
        this.reason = reason;
        this.args = args;
    }

    static TransitionRefused notNow(String key, Object... args) {
        return new TransitionRefused(Reason.NOT_ALLOWED_NOW, key, args);
    }

    public Object[] args() {
        return args.clone();
    }

    public Reason reason() {
        return reason;
    }
}
