package io.accountsuite.membership.memberships;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The outcome of a {@link Membership} transition: the membership after it and the events it publishes. A transition
 * that does not apply (a payment for an invoice this membership no longer awaits, say) changes nothing and says
 * nothing, so handlers stay idempotent.
 */
public record Transition(Membership before, Membership after, List<MembershipEvent> events) {

    public Transition {
        events = List.copyOf(events);
    }

    /** Nothing happens. */
    public static Transition none(Membership membership) {
        return new Transition(membership, membership, List.of());
    }

    public boolean changed() {
        return !before.equals(after);
    }

    /** This transition followed by the next one, taken from where this one ends. */
    public Transition then(Function<Membership, Transition> next) {
        Transition second = next.apply(after);
        List<MembershipEvent> all = new ArrayList<>(events);
        all.addAll(second.events());
        return new Transition(before, second.after(), all);
    }
}
