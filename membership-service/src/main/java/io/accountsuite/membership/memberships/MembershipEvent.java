package io.accountsuite.membership.memberships;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a transition of a {@link Membership} tells the rest of the suite. The application maps each to the published
 * event it stands for ({@code MembershipEventPublisher}), adding what only the catalog knows (entitlements).
 */
public sealed interface MembershipEvent {

    /** The status moved: MembershipStatusChanged. */
    record StatusChanged(MembershipStatus from, MembershipStatus to) implements MembershipEvent {
    }

    /**
     * Something is to be invoiced under the id the membership chose, so the answer to the customer can name the
     * invoice before billing has issued it: MembershipChargeDue. {@code kind} is initial, upgrade, add-on-purchase
     * or renewal; the period is the one the charge pays for (null ends for lifetime terms and one-off purchases).
     */
    record ChargeDue(UUID invoiceId, String kind, List<ChargeLine> lines, LocalDate periodStart,
                     LocalDate periodEnd) implements MembershipEvent {
        public ChargeDue {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A charge is no longer wanted (discarded, unpaid in time, superseded, cancelled): MembershipChargeCancelled.
     * Billing cancels its invoice, or refunds it if it was paid meanwhile.
     */
    record ChargeCancelled(UUID invoiceId, String reason) implements MembershipEvent {
    }

    /** The plan or add-ons changed, so the entitlements did: MembershipChanged. */
    record TermsChanged(ChangeKind kind) implements MembershipEvent {
    }
}
