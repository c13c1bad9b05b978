package io.accountsuite.membership.change;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.accountsuite.membership.membership.Membership;
import io.accountsuite.membership.membership.MembershipStatus;
import io.accountsuite.membership.money.Money;
import io.accountsuite.membership.usage.SiteUsage;
import org.junit.jupiter.api.Test;

import static io.accountsuite.membership.change.Catalogs.BASIC;
import static io.accountsuite.membership.change.Catalogs.EXTRA_POSTS;
import static io.accountsuite.membership.change.Catalogs.PRO;
import static io.accountsuite.membership.change.Catalogs.PRODUCTS;
import static io.accountsuite.membership.change.Catalogs.PRO_YEARLY;
import static io.accountsuite.membership.change.Catalogs.SETUP_HELP;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeQuoteTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2027, 6, 1);
    private static final LocalDate JUNE_21 = LocalDate.of(2027, 6, 21);
    private static final SiteUsage SMALL = new SiteUsage(100, 5, 3, 1, 10, 0);

    @Test
    void the_same_plan_and_add_ons_change_nothing() {
        Membership basic = Catalogs.on(BASIC, Map.of(), MembershipStatus.ACTIVE, JUNE_1, null);
        assertThat(quote(basic, BASIC, Map.of(), JUNE_21).kind()).isEqualTo(ChangeKind.NO_CHANGE);
    }

    @Test
    void an_upgrade_charges_the_new_plan_less_the_unused_days_and_the_setup_fee_paid() {
        Membership basic = Catalogs.on(BASIC, Map.of(), MembershipStatus.ACTIVE, JUNE_1, null);
        ChangeQuote quote = quote(basic, PRO, Map.of(), JUNE_21);

        assertThat(quote.kind()).isEqualTo(ChangeKind.UPGRADE);
        assertThat(quote.lines()).extracting(ChargeLine::type, l -> l.amount().plain()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("product", "30.00"),
                org.assertj.core.groups.Tuple.tuple("fee", "20.00"),
                org.assertj.core.groups.Tuple.tuple("credit", "-3.33"),   // 10.00 × 10/30
                org.assertj.core.groups.Tuple.tuple("credit", "-5.00"));  // min(5, 20)
        assertThat(quote.amountDueNow()).isEqualTo(Money.of("41.67", "USD"));
        assertThat(quote.newRecurringTotal()).isEqualTo(Money.of("30.00", "USD"));
        assertThat(quote.effectiveOn()).isEqualTo(JUNE_21);
        assertThat(quote.entitlements().customDomains()).isTrue();
    }

    @Test
    void a_cheaper_plan_per_day_is_a_downgrade_scheduled_at_the_period_end() {
        Membership pro = Catalogs.on(PRO, Map.of(), MembershipStatus.ACTIVE, JUNE_1, null);
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
        Membership pro = Catalogs.on(PRO, Map.of(), MembershipStatus.EXPIRED, JUNE_1, null);
        assertThat(quote(pro, BASIC, Map.of(), JUNE_21).effectiveOn()).isEqualTo(JUNE_21);
    }

    @Test
    void buying_add_ons_charges_only_the_new_products_and_keeps_the_plan() {
        Membership basic = Catalogs.on(BASIC, Map.of(EXTRA_POSTS.id(), 1), MembershipStatus.ACTIVE, JUNE_1, null);
        ChangeQuote quote = quote(basic, BASIC, Map.of(EXTRA_POSTS.id(), 3, SETUP_HELP.id(), 1), JUNE_21);

        assertThat(quote.kind()).isEqualTo(ChangeKind.ADD_ON_PURCHASE);
        assertThat(quote.amountDueNow()).isEqualTo(Money.of("44.00", "USD")); // 2 × 2.00 + 40.00
        assertThat(quote.newRecurringTotal()).isEqualTo(Money.of("16.00", "USD")); // 10 + 3 × 2; one-time excluded
        assertThat(quote.entitlements().posts()).isEqualTo(10 + 3 * 50);
    }

    @Test
    void removing_add_ons_is_a_downgrade() {
        Membership basic = Catalogs.on(BASIC, Map.of(EXTRA_POSTS.id(), 2), MembershipStatus.ACTIVE, JUNE_1, null);
        assertThat(quote(basic, BASIC, Map.of(EXTRA_POSTS.id(), 1), JUNE_21).kind()).isEqualTo(ChangeKind.DOWNGRADE);
    }

    @Test
    void a_coupon_for_renewals_keeps_applying_to_new_amounts_and_one_for_the_first_purchase_does_not() {
        Coupon tenPercent = new Coupon("WELCOME10", Coupon.Kind.PERCENT, BigDecimal.TEN, true);
        Membership basic = Catalogs.on(BASIC, Map.of(), MembershipStatus.ACTIVE, JUNE_1, tenPercent);
        ChangeQuote quote = quote(basic, PRO, Map.of(), JUNE_1);
        assertThat(quote.lines()).anySatisfy(l -> assertThat(l.type()).isEqualTo("discount"));
        assertThat(quote.newRecurringTotal()).isEqualTo(Money.of("27.00", "USD"));
        // 30 + 20 fee − 3 discount − 9.00 credit (whole cycle of 9.00 paid) − 5 setup credit
        assertThat(quote.amountDueNow()).isEqualTo(Money.of("33.00", "USD"));

        Coupon firstOnly = new Coupon("FIRST", Coupon.Kind.AMOUNT, new BigDecimal("5"), false);
        Membership other = Catalogs.on(BASIC, Map.of(), MembershipStatus.ACTIVE, JUNE_1, firstOnly);
        assertThat(quote(other, PRO, Map.of(), JUNE_1).lines()).noneMatch(l -> l.type().equals("discount"));
    }

    @Test
    void a_trial_gets_no_proration_credit() {
        Membership trial = Catalogs.on(BASIC, Map.of(), MembershipStatus.TRIALING, JUNE_1, null);
        assertThat(quote(trial, PRO, Map.of(), JUNE_21).lines()).noneMatch(l -> l.description().startsWith("Unused"));
    }

    @Test
    void a_change_that_leaves_the_site_over_its_new_limits_lists_what_to_remove() {
        Membership pro = Catalogs.on(PRO, Map.of(), MembershipStatus.ACTIVE, JUNE_1, null);
        SiteUsage big = new SiteUsage(800, 40, 5, 1, 10, 2);
        ChangeQuote quote = ChangeQuote.of(pro, BASIC, Map.of(), PRODUCTS, big, JUNE_21);
        assertThat(quote.blocking()).containsExactly(
                new BlockingItem("posts", 40, 10, 30),
                new BlockingItem("diskMb", 800, 500, 300),
                new BlockingItem("customDomains", 2, 0, 2));
        assertThat(quote(pro, BASIC, Map.of(), JUNE_21).blocking()).isEmpty();
    }

    private static ChangeQuote quote(Membership membership, io.accountsuite.membership.catalog.Product plan,
                                     Map<java.util.UUID, Integer> addOns, LocalDate today) {
        return ChangeQuote.of(membership, plan, addOns, PRODUCTS, SMALL, today);
    }
}
