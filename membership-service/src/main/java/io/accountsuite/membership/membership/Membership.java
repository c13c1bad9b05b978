package io.accountsuite.membership.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.catalog.BillingPeriod;
import io.accountsuite.membership.change.Coupon;
import io.accountsuite.membership.money.Money;

/**
 * A customer's subscription: a plan, add-ons with quantities, what was paid first and what each cycle costs, how
 * often it was billed, the current period ({@code periodStart} to {@code expiresOn}; no expiry for lifetime), and a
 * change scheduled for the period's end, if any.
 */
public record Membership(UUID id, String reference, UUID customerId, UUID planId, Map<UUID, Integer> addOns,
                         MembershipStatus status, Currency currency, Money initialAmount, Money recurringAmount,
                         BillingPeriod period, int billingCycles, int timesBilled, boolean autoRenew, Coupon coupon,
                         Instant createdAt, Instant activatedAt, LocalDate periodStart, LocalDate expiresOn,
                         Instant cancelledAt, String cancellationReason, ScheduledChange scheduledChange) {

    /** A plan and add-ons that take over on a date. */
    public record ScheduledChange(UUID planId, Map<UUID, Integer> addOns, LocalDate effectiveOn) {
        public ScheduledChange {
            addOns = Map.copyOf(addOns);
        }
    }

    public Membership {
        addOns = Map.copyOf(addOns);
    }

    public boolean isLifetime() {
        return expiresOn == null;
    }

    /** "N / M cycles" or "N / until cancelled". */
    public String timesBilledText() {
        return timesBilled + " / " + (billingCycles == 0 ? "until cancelled" : billingCycles + " cycles");
    }

    public Membership withStatus(MembershipStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("a " + status.value() + " membership cannot become " + next.value());
        }
        return new Membership(id, reference, customerId, planId, addOns, next, currency, initialAmount,
                recurringAmount, period, billingCycles, timesBilled, autoRenew, coupon, createdAt, activatedAt,
                periodStart, expiresOn, cancelledAt, cancellationReason, scheduledChange);
    }
}
