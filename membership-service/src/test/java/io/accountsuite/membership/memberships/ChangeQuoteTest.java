package io.accountsuite.membership.memberships;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.accountsuite.membership.catalog.BillingPeriod;
import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.entitlement.Entitlements;
import io.accountsuite.membership.money.Money;
import io.accountsuite.membership.usage.SiteUsage;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static io.accountsuite.membership.memberships.Catalogs.BASIC;
import static io.accountsuite.membership.memberships.Catalogs.EXTRA_POSTS;
import static io.accountsuite.membership.memberships.Catalogs.PRO;
import static io.accountsuite.membership.memberships.Catalogs.PRODUCTS;
import static io.accountsuite.membership.memberships.Catalogs.PRO_YEARLY;
import static io.accountsuite.membership.memberships.Catalogs.SETUP_HELP;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeQuoteTest {

    private static final Membership.Policy POLICY = new Membership.Policy(7, 3, Duration.ofDays(7),
            Duration.ofHours(23));

    private static final LocalDate JUNE_1 = LocalDate.of(2027, 6, 1);
    private static final LocalDate JUNE_21 = LocalDate.of(2027, 6, 21);
    private static final SiteUsage SMALL = new SiteUsage(100, 5, 3, 1, 10, 0);

    @Test
    void the_same_plan_and_add_ons_change_nothing() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        assertThat(quote(basic, BASIC, Map.of(), JUNE_21).kind()).isEqualTo(ChangeKind.NO_CHANGE);
    }

    @Test
    void an_upgrade_charges_the_new_plan_less_the_unused_days_and_the_setup_fee_paid() {
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, null);
        ChangeQuote quote = quote(basic, PRO, Map.of(), JUNE_21);

        assertThat(quote.kind()).isEqualTo(ChangeKind.UPGRADE);
        assertThat(quote.lines()).extracting(ChargeLine::type, l -> l.amount().plain()).containsExactly(
                Tuple.tuple("product", "30.00"),
                Tuple.tuple("fee", "20.00"),
                Tuple.tuple("credit", "-3.33"),   // 10.00 × 10/30
                Tuple.tuple("credit", "-5.00"));  // min(5, 20)
        assertThat(quote.lines()).extracting(ChargeLine::description, ChargeLine::subject, ChargeLine::reason)
                .containsExactly(Tuple.tuple("Pro", "Pro", null),
                        Tuple.tuple("Setup fee: Pro", "Pro", null),
                        Tuple.tuple("Unused time on Basic", "Basic", ChargeLine.UNUSED_TIME),
                        Tuple.tuple("Setup fee already paid", null, ChargeLine.SETUP_FEE_PAID));
        assertThat(quote.amountDueNow()).isEqualTo(Money.of("41.67", "USD"));
        assertThat(quote.newRecurringTotal()).isEqualTo(Money.of("30.00", "USD"));
        assertThat(quote.effectiveOn()).isEqualTo(JUNE_21);
        assertThat(quote.entitlements().customDomains()).isTrue();
    }

    @Test
    void a_cheaper_plan_per_day_is_a_downgrade_scheduled_at_the_period_end() {
        Membership pro = Catalogs.active(PRO, Map.of(), JUNE_1, null);
        ChangeQuote toBasic = quote(pro, BASIC, Map.of(), JUNE_21);
        assertThat(toBasic.kind()).isEqualTo(ChangeKind.DOWNGRADE);
        assertThat(toBasic.lines()).isEmpty();
        assertThat(toBasic.amountDueNow().isZero()).isTrue();
        assertThat(toBasic.effectiveOn()).isEqualTo(LocalDate.of(2027, 7, 1));
        // 300 a year is less per day than 30 a month.
        assertThat(quote(pro, PRO_YEARLY, Map.of(), JUNE_21).kind()).isEqualTo(ChangeKind.DOWNGRADE);
    }

    @Test
    void a_downgrade_of_an_expired_membership_applies_now() {
        Membership pro = Catalogs.active(PRO, Map.of(), LocalDate.of(2027, 4, 1), null)
                .advance(Catalogs.noon(LocalDate.of(2027, 5, 20)), POLICY, Catalogs.CHARGES, change -> null).after();
        assertThat(pro.status()).isEqualTo(MembershipStatus.EXPIRED);
        assertThat(quote(pro, BASIC, Map.of(), JUNE_21).effectiveOn()).isEqualTo(JUNE_21);
    }

    @Test
    void buying_add_ons_charges_only_the_new_products_and_keeps_the_plan() {
        Membership basic = Catalogs.active(BASIC, Map.of(EXTRA_POSTS.id(), 1), JUNE_1, null);
        ChangeQuote quote = quote(basic, BASIC, Map.of(EXTRA_POSTS.id(), 3, SETUP_HELP.id(), 1), JUNE_21);

        assertThat(quote.kind()).isEqualTo(ChangeKind.ADD_ON_PURCHASE);
        assertThat(quote.amountDueNow()).isEqualTo(Money.of("44.00", "USD")); // 2 × 2.00 + 40.00
        assertThat(quote.newRecurringTotal()).isEqualTo(Money.of("16.00", "USD")); // 10 + 3 × 2; one-time excluded
        assertThat(quote.entitlements().posts()).isEqualTo(10 + 3 * 50);
    }

    @Test
    void removing_add_ons_is_a_downgrade() {
        Membership basic = Catalogs.active(BASIC, Map.of(EXTRA_POSTS.id(), 2), JUNE_1, null);
        assertThat(quote(basic, BASIC, Map.of(EXTRA_POSTS.id(), 1), JUNE_21).kind()).isEqualTo(ChangeKind.DOWNGRADE);
    }

    @Test
    void a_lasting_coupon_keeps_applying_to_new_amounts_and_the_credit_is_what_was_paid_after_it() {
        Coupon tenPercent = new Coupon("WELCOME10", Coupon.Kind.PERCENT, BigDecimal.TEN, Coupon.Duration.FOREVER, 0);
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, tenPercent);
        ChangeQuote quote = quote(basic, PRO, Map.of(), JUNE_1);
        assertThat(quote.lines()).filteredOn(l -> l.type().equals("discount"))
                .extracting(ChargeLine::description, ChargeLine::subject, ChargeLine::reason)
                .containsExactly(Tuple.tuple("Coupon WELCOME10", "WELCOME10", null));
        assertThat(quote.newRecurringTotal()).isEqualTo(Money.of("27.00", "USD"));
        // 30 + 20 fee − 3 discount − 9.00 credit (whole cycle of 9.00 paid) − 5 setup credit
        assertThat(quote.amountDueNow()).isEqualTo(Money.of("33.00", "USD"));
    }

    @Test
    void a_coupon_for_the_first_purchase_only_does_not_discount_a_change() {
        Coupon firstOnly = new Coupon("FIRST", Coupon.Kind.AMOUNT, new BigDecimal("5"), Coupon.Duration.ONCE, 0);
        Membership other = Catalogs.active(BASIC, Map.of(), JUNE_1, firstOnly);
        assertThat(quote(other, PRO, Map.of(), JUNE_1).lines()).noneMatch(l -> l.type().equals("discount"));
    }

    @Test
    void a_repeating_coupon_discounts_changes_during_its_cycles_only() {
        Coupon twoCycles = new Coupon("TWO", Coupon.Kind.PERCENT, BigDecimal.TEN, Coupon.Duration.REPEATING, 2);
        Membership basic = Catalogs.active(BASIC, Map.of(), JUNE_1, twoCycles);
        assertThat(quote(basic, PRO, Map.of(), JUNE_21).lines()).anyMatch(l -> l.type().equals("discount"));
        assertThat(twoCycles.appliesToCycle(2)).isTrue();
        assertThat(twoCycles.appliesToCycle(3)).isFalse();
        assertThat(twoCycles.appliesToChangesIn(3)).isFalse();
    }

    @Test
    void an_upgrade_credits_what_a_once_coupon_left_to_pay_not_the_list_price() {
        // Issue case 3: 5.00 a month with 50% off once; 2.50 paid; upgrading the same day credits 2.50, not 5.00.
        Product cheap = new Product(UUID.randomUUID(), Product.Type.PLAN, "Cheap", "cheap", "Cheap",
                Money.of("5.00", "USD"), Money.of("0.00", "USD"), BillingPeriod
                .monthly(), 0, "main", true, List.of(), BASIC.limits(),
                Entitlements.TemplateMode.DEFAULT, Map.of(), 0);
        Function<UUID, Product> products = id -> id.equals(cheap.id()) ? cheap
                : PRODUCTS.apply(id);
        Coupon half = new Coupon("HALF", Coupon.Kind.PERCENT, new BigDecimal("50"), Coupon.Duration.ONCE, 0);
        List<ChargeLine> first = Pricing.initialLines(cheap, Map.of(), products, half);
        Membership pending = Membership.start(new Membership.Start(UUID.randomUUID(), "ABCDE12345",
                UUID.randomUUID(), new Membership.Terms(cheap.id(), Map.of(), cheap.price(), cheap.period(),
                0), half, first, 0, Catalogs.noon(JUNE_1))).after();
        assertThat(pending.awaitedPayment().amountDue()).isEqualTo(Money.of("2.50", "USD"));
        Membership paid = pending.paid(pending.awaitedPayment().invoiceId(), Catalogs.noon(JUNE_1)).after();

        ChangeQuote quote = ChangeQuote.of(paid, PRO, Map.of(), products, SMALL, JUNE_1);
        assertThat(quote.lines()).filteredOn(l -> l.description().startsWith("Unused"))
                .extracting(l -> l.amount().plain()).containsExactly("-2.50");
    }

    @Test
    void a_trial_gets_no_proration_credit() {
        Membership trial = Catalogs.trialing(BASIC, JUNE_1, 14);
        assertThat(quote(trial, PRO, Map.of(), JUNE_21).lines()).noneMatch(l -> l.description().startsWith("Unused"));
    }

    @Test
    void a_change_that_leaves_the_site_over_its_new_limits_lists_what_to_remove() {
        Membership pro = Catalogs.active(PRO, Map.of(), JUNE_1, null);
        SiteUsage big = new SiteUsage(800, 40, 5, 1, 10, 2);
        ChangeQuote quote = ChangeQuote.of(pro, BASIC, Map.of(), PRODUCTS, big, JUNE_21);
        assertThat(quote.blocking()).containsExactly(
                new BlockingItem("posts", 40, 10, 30),
                new BlockingItem("diskMb", 800, 500, 300),
                new BlockingItem("customDomains", 2, 0, 2));
        assertThat(quote(pro, BASIC, Map.of(), JUNE_21).blocking()).isEmpty();
    }

    private static ChangeQuote quote(Membership membership, Product plan,
                                     Map<UUID, Integer> addOns, LocalDate today) {
        return ChangeQuote.of(membership, plan, addOns, PRODUCTS, SMALL, today);
    }
}
