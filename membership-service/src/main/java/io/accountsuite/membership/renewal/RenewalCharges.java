package io.accountsuite.membership.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipRenewalDue;
import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.catalog.Products;
import io.accountsuite.membership.change.ChargeLine;
import io.accountsuite.membership.membership.Membership;
import io.accountsuite.membership.membership.MembershipEventPayloads;
import io.accountsuite.membership.membership.Memberships;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.membership.money.Money;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Asks billing for a period's payment: publishes MembershipRenewalDue with the renewal's lines (the plan, the
 * recurring add-ons, the coupon when it applies to renewals) and remembers which period awaits payment.
 */
@Component
public class RenewalCharges {

    private final Products products;
    private final Memberships memberships;
    private final Outbox outbox;

    public RenewalCharges(Products products, Memberships memberships, Outbox outbox) {
        this.products = products;
        this.memberships = memberships;
        this.outbox = outbox;
    }

    public Mono<Void> requestPayment(Membership m, LocalDate periodStart, LocalDate periodEnd) {
        Set<UUID> ids = new HashSet<>(m.addOns().keySet());
        ids.add(m.planId());
        return products.byIds(ids).flatMap(catalog -> {
            List<ChargeLine> lines = lines(m, catalog.get(m.planId()), catalog);
            var event = new MembershipRenewalDue(m.id(), periodStart, periodEnd,
                    MembershipEventPayloads.charge("renewal", lines, m.currency()));
            return memberships.markRenewalPending(m.id(), periodStart)
                    .then(outbox.append(MembershipEvents.MEMBERSHIP_RENEWAL_DUE, m.customerId(), m.id(), event))
                    .then();
        });
    }

    static List<ChargeLine> lines(Membership m, Product plan, java.util.Map<UUID, Product> catalog) {
        List<ChargeLine> lines = new ArrayList<>();
        lines.add(ChargeLine.product(plan, 1));
        m.addOns().forEach((id, quantity) -> {
            Product addOn = catalog.get(id);
            if (addOn.period().recurs()) {
                lines.add(ChargeLine.product(addOn, quantity));
            }
        });
        if (m.coupon() != null && m.coupon().appliesToRenewals()) {
            Money discount = m.coupon().discountOn(ChargeLine.sum(lines, m.currency()));
            if (discount.isPositive()) {
                lines.add(ChargeLine.discount("Coupon " + m.coupon().code(), discount));
            }
        }
        return lines;
    }
}
