package io.accountsuite.membership.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.membership.catalog.BillingPeriod;
import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.entitlement.Entitlements.TemplateMode;
import io.accountsuite.membership.entitlement.ProductLimits;
import io.accountsuite.membership.membership.Membership;
import io.accountsuite.membership.membership.MembershipStatus;
import io.accountsuite.membership.money.Money;

/** A small catalog for the change rules' tests. */
final class Catalogs {

    static final Product BASIC = plan("Basic", "10.00", "5.00", BillingPeriod.monthly(),
            new ProductLimits(500L, 10L, 5L, 1000L, 1L, 1L, false));
    static final Product PRO = plan("Pro", "30.00", "20.00", BillingPeriod.monthly(),
            new ProductLimits(5000L, 100L, 50L, 0L, 5L, 1L, true));
    static final Product PRO_YEARLY = plan("Pro yearly", "300.00", "0.00",
            new BillingPeriod(1, BillingPeriod.Unit.YEAR), new ProductLimits(5000L, 100L, 50L, 0L, 5L, 1L, true));
    static final Product EXTRA_POSTS = addOn("Extra posts", Product.Type.PACKAGE, "2.00", "0.00",
            BillingPeriod.monthly(), new ProductLimits(null, 50L, null, null, null, null, null));
    static final Product SETUP_HELP = addOn("Setup help", Product.Type.SERVICE, "40.00", "0.00",
            new BillingPeriod(0, BillingPeriod.Unit.ONE_TIME), ProductLimits.unset());

    static final Function<UUID, Product> PRODUCTS = id -> List.of(BASIC, PRO, PRO_YEARLY, EXTRA_POSTS, SETUP_HELP)
            .stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();

    private Catalogs() {
    }

    static Membership on(Product plan, Map<UUID, Integer> addOns, MembershipStatus status, LocalDate start,
                         Coupon coupon) {
        Money recurring = Pricing.recurringTotal(plan, addOns, PRODUCTS, coupon);
        return new Membership(UUID.randomUUID(), "ABCDE12345", UUID.randomUUID(), plan.id(), addOns, status,
                Currency.getInstance("USD"), recurring, recurring, plan.period(), 0, 1, true, coupon,
                Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), start,
                plan.period().end(start).orElse(null), null, null, null);
    }

    private static Product plan(String name, String price, String setup, BillingPeriod period, ProductLimits limits) {
        return new Product(UUID.randomUUID(), Product.Type.PLAN, name, name.toLowerCase().replace(' ', '-'), name,
                Money.of(price, "USD"), Money.of(setup, "USD"), period, 0, "main", true, List.of(), limits,
                TemplateMode.CHOOSE, Map.of());
    }

    private static Product addOn(String name, Product.Type type, String price, String setup, BillingPeriod period,
                                 ProductLimits limits) {
        return new Product(UUID.randomUUID(), type, name, name.toLowerCase().replace(' ', '-'), name,
                Money.of(price, "USD"), Money.of(setup, "USD"), period, 0, null, true, List.of(), limits,
                TemplateMode.DEFAULT, Map.of());
    }
}
