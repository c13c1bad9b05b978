package io.accountsuite.membership.memberships;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.entitlement.Entitlements;
import io.accountsuite.membership.money.Money;

/** Maps the domain to the published event records. */
public final class MembershipEventPayloads {

    private MembershipEventPayloads() {
    }

    public static MembershipEvents.Entitlements entitlements(Entitlements e) {
        return new MembershipEvents.Entitlements(e.diskMb(), e.posts(), e.pages(), e.visitsPerMonth(), e.users(),
                e.sites(), e.customDomains(), e.templateMode().value(), e.templateValues());
    }

    public static MembershipEvents.Entitlements entitlements(UUID planId, Map<UUID, Integer> addOns,
                                                             Function<UUID, Product> products) {
        return entitlements(ChangeQuote.entitlements(products.apply(planId), addOns, products));
    }

    /** The charge to invoice. */
    public static MembershipEvents.Charge charge(String kind, List<ChargeLine> lines, Currency currency) {
        return new MembershipEvents.Charge(kind, lines.stream().map(MembershipEventPayloads::line).toList(),
                amount(ChargeLine.sum(lines, currency)));
    }

    public static MembershipEvents.Amount amount(Money money) {
        return new MembershipEvents.Amount(money.plain(), money.currency().getCurrencyCode());
    }

    private static MembershipEvents.ChargeLine line(ChargeLine line) {
        return new MembershipEvents.ChargeLine(line.type(), line.description(), line.productId(), line.quantity(),
                amount(line.amount()), line.subject(), line.reason());
    }
}
