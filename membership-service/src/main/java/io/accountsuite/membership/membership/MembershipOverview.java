package io.accountsuite.membership.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.web.Views.MoneyView;

/** "Your membership" on the account page. */
public record MembershipOverview(UUID id, String reference, String status, Line plan, List<Line> addOns,
                                 MoneyView total, MoneyView initialAmount, int timesBilled, int billingCycles,
                                 String timesBilledText, LocalDate periodStart, LocalDate expiresOn, boolean lifetime,
                                 boolean autoRenew, String coupon, Instant cancelledAt, Scheduled scheduledChange) {

    /** A product on the membership and what it costs per cycle. */
    public record Line(UUID productId, String name, int quantity, MoneyView unitPrice, MoneyView total) {
    }

    /** The banner: "Changing to Pro on 2027-01-01". */
    public record Scheduled(UUID planId, String planName, Map<UUID, Integer> addOns, LocalDate effectiveOn) {
    }

    public static MembershipOverview of(Membership m, Map<UUID, Product> catalog) {
        Product plan = catalog.get(m.planId());
        List<Line> addOns = m.addOns().entrySet().stream().map(e -> {
            Product p = catalog.get(e.getKey());
            return new Line(p.id(), p.name(), e.getValue(), MoneyView.of(p.price()),
                    MoneyView.of(p.price().times(e.getValue())));
        }).toList();
        Scheduled scheduled = m.scheduledChange() == null ? null : new Scheduled(m.scheduledChange().planId(),
                catalog.containsKey(m.scheduledChange().planId()) ? catalog.get(m.scheduledChange().planId()).name()
                        : null, m.scheduledChange().addOns(), m.scheduledChange().effectiveOn());
        return new MembershipOverview(m.id(), m.reference(), m.status().value(),
                new Line(plan.id(), plan.name(), 1, MoneyView.of(plan.price()), MoneyView.of(plan.price())), addOns,
                MoneyView.of(m.recurringAmount()), MoneyView.of(m.initialAmount()), m.timesBilled(),
                m.billingCycles(), m.timesBilledText(), m.periodStart(), m.expiresOn(), m.isLifetime(),
                m.autoRenew(), m.coupon() == null ? null : m.coupon().code(), m.cancelledAt(), scheduled);
    }
}
