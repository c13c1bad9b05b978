package io.accountsuite.membership.memberships;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.accountsuite.membership.catalog.BillingPeriod;
import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.entitlement.Entitlements.TemplateMode;
import io.accountsuite.membership.entitlement.ProductLimits;
import io.accountsuite.membership.money.Money;

/** A small catalog for the change rules' tests. */
public final class Catalogs {

    public static final Product BASIC = plan("Basic", "10.00", "5.00", BillingPeriod.monthly(),
            new ProductLimits(500L, 10L, 5L, 1000L, 1L, 1L, false));
    public static final Product PRO = plan("Pro", "30.00", "20.00", BillingPeriod.monthly(),
            new ProductLimits(5000L, 100L, 50L, 0L, 5L, 1L, true));
    public static final Product PRO_YEARLY = plan("Pro yearly", "300.00", "0.00",
            new BillingPeriod(1, BillingPeriod.Unit.YEAR), new ProductLimits(5000L, 100L, 50L, 0L, 5L, 1L, true));
    public static final Product EXTRA_POSTS = addOn("Extra posts", Product.Type.PACKAGE, "2.00", "0.00",
            BillingPeriod.monthly(), new ProductLimits(null, 50L, null, null, null, null, null));
    public static final Product SETUP_HELP = addOn("Setup help", Product.Type.SERVICE, "40.00", "0.00",
            new BillingPeriod(0, BillingPeriod.Unit.ONE_TIME), ProductLimits.unset());

    public static final Function<UUID, Product> PRODUCTS = id -> List.of(BASIC, PRO, PRO_YEARLY, EXTRA_POSTS, SETUP_HELP)
            .stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();

    private Catalogs() {
    }

    /** Everything above, as the renewal run and resubscription price it. */
    public static final CatalogCharges CHARGES = new CatalogCharges(Stream.of(BASIC, PRO, PRO_YEARLY,
            EXTRA_POSTS, SETUP_HELP).collect(Collectors.toMap(Product::id, p -> p)));

    /** Terms of a plan with add-ons, at the catalog's list price. */
    public static Membership.Terms terms(Product plan, Map<UUID, Integer> addOns) {
        return new Membership.Terms(plan.id(), addOns, Pricing.recurringTotal(plan, addOns, PRODUCTS), plan.period(),
                plan.billingCycles());
    }

    /** A membership started on {@code start} (midday UTC), its first invoice unpaid. */
    public static Membership pending(Product plan, Map<UUID, Integer> addOns, LocalDate start, Coupon coupon) {
        return Membership.start(new Membership.Start(UUID.randomUUID(), "ABCDE12345", UUID.randomUUID(),
                terms(plan, addOns), coupon, Pricing.initialLines(plan, addOns, PRODUCTS, coupon), 0,
                noon(start))).after();
    }

    /** A membership started and paid on {@code start}. */
    public static Membership active(Product plan, Map<UUID, Integer> addOns, LocalDate start, Coupon coupon) {
        Membership pending = pending(plan, addOns, start, coupon);
        return pending.paid(pending.awaitedPayment().invoiceId(), noon(start)).after();
    }

    /** A membership on a trial of {@code days} days from {@code start}. */
    public static Membership trialing(Product plan, LocalDate start, int days) {
        return Membership.start(new Membership.Start(UUID.randomUUID(), "ABCDE12345", UUID.randomUUID(),
                terms(plan, Map.of()), null, Pricing.initialLines(plan, Map.of(), PRODUCTS, null), days,
                noon(start))).after();
    }

    public static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static Product plan(String name, String price, String setup, BillingPeriod period, ProductLimits limits) {
        return new Product(UUID.randomUUID(), Product.Type.PLAN, name, name.toLowerCase().replace(' ', '-'), name,
                Money.of(price, "USD"), Money.of(setup, "USD"), period, 0, "main", true, List.of(), limits,
                TemplateMode.CHOOSE, Map.of(), 0);
    }

    private static Product addOn(String name, Product.Type type, String price, String setup, BillingPeriod period,
                                 ProductLimits limits) {
        return new Product(UUID.randomUUID(), type, name, name.toLowerCase().replace(' ', '-'), name,
                Money.of(price, "USD"), Money.of(setup, "USD"), period, 0, null, true, List.of(), limits,
                TemplateMode.DEFAULT, Map.of(), 0);
    }
}
