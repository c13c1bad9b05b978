package io.accountsuite.membership.memberships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.accountsuite.membership.catalog.ProductView.PeriodView;
import io.accountsuite.membership.money.MoneyView;
import org.jspecify.annotations.Nullable;

/**
 * A membership in the admin's lists (issue 20's admin contract), and as the audit log keeps a created one.
 *
 * @param total     what the next cycle costs, with the coupon while it lasts (as the customer's overview says)
 * @param period    how the plan bills: every {@code duration} {@code unit}s
 * @param expiresOn the end of the current period; null for lifetime terms
 * @param planName  the plan's name; null should the product be gone
 */
public record AdminMembership(UUID id, UUID customerId, String reference, String status, UUID planId,
                              @Nullable String planName, MoneyView total, PeriodView period,
                              @Nullable LocalDate expiresOn, Instant createdAt) {

    static AdminMembership of(Membership m, @Nullable String planName) {
        return new AdminMembership(m.id(), m.customerId(), m.reference(), m.status().value(), m.planId(), planName,
                MoneyView.of(Pricing.cycleTotal(m.terms().listPrice(), m.coupon(), m.nextCycle())),
                new PeriodView(m.terms().billingPeriod().duration(), m.terms().billingPeriod().unit().value()),
                m.period().end(), m.createdAt());
    }
}
