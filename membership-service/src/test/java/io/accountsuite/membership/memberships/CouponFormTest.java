package io.accountsuite.membership.memberships;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CouponFormTest {

    private static final Instant NOW = Instant.parse("2027-06-01T09:00:00Z");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void a_catalog_code_is_upper_cased_and_an_active_percentage_has_no_currency() {
        CatalogCoupon coupon = form("welcome-10_a", "percent", "10", null, "forever", null).catalogued(NOW);
        assertThat(coupon.code()).isEqualTo("WELCOME-10_A");
        assertThat(coupon.currency()).isNull();
        assertThat(coupon.active()).isTrue();
        assertThat(coupon.createdAt()).isEqualTo(NOW);
        assertThat(coupon.coupon().duration()).isEqualTo(Coupon.Duration.FOREVER);
    }

    @Test
    void a_catalog_code_is_3_to_40_letters_digits_hyphens_or_underscores() {
        for (String code : new String[] {"AB", "A".repeat(41), "TEN OFF", "TEN.OFF", "ÉTÉ"}) {
            assertThat(refusal(form(code, "percent", "10", null, null, null))).containsExactly("code");
        }
        assertThat(form("A".repeat(40), "percent", "10", null, null, null).catalogued(NOW).code()).hasSize(40);
    }

    @Test
    void an_amount_needs_a_real_currency_and_no_more_decimals_than_it_has_and_a_percentage_none() {
        assertThat(refusal(form("TENNER", "amount", "10", null, null, null))).containsExactly("currency");
        assertThat(refusal(form("TENNER", "amount", "10", "XYZ", null, null))).containsExactly("currency");
        assertThat(refusal(form("TENNER", "amount", "1.5", "JPY", null, null))).containsExactly("value");
        assertThat(refusal(form("TENNER", "amount", "1.005", "USD", null, null))).containsExactly("value");
        assertThat(refusal(form("TENPC", "percent", "10", "USD", null, null))).containsExactly("currency");
        assertThat(form("TENNER", "amount", "1.50", "USD", null, null).catalogued(NOW).currency()).isEqualTo(USD);
        assertThat(form("YEN", "amount", "500.00", "JPY", null, null).catalogued(NOW).currency())
                .isEqualTo(Currency.getInstance("JPY"));
    }

    @Test
    void the_shared_rules_name_the_catalog_fields_plainly_and_the_inline_ones_under_coupon() {
        CouponForm repeatingWithoutCycles = form("SOME", "percent", "10", null, "repeating", null);
        assertThat(refusal(repeatingWithoutCycles)).containsExactly("cycles");
        assertThat(catchThrowableOfType(ApiProblem.class, repeatingWithoutCycles::coupon).errors())
                .extracting(FieldError::field).containsExactly("coupon.cycles");
        CouponForm tooMuch = form("ALOT", "percent", "100.01", null, null, null);
        assertThat(refusal(tooMuch)).containsExactly("value");
        assertThat(catchThrowableOfType(ApiProblem.class, tooMuch::coupon).errors())
                .extracting(FieldError::field).containsExactly("coupon.value");
    }

    @Test
    void without_a_duration_a_coupon_is_once_and_a_repeating_one_keeps_its_cycles() {
        assertThat(form("ONE", "percent", "10", null, null, null).catalogued(NOW).coupon().duration())
                .isEqualTo(Coupon.Duration.ONCE);
        Coupon repeating = form("THREE", "percent", "10", null, "repeating", 3).catalogued(NOW).coupon();
        assertThat(repeating.cycles()).isEqualTo(3);
        assertThat(repeating.appliesToCycle(3)).isTrue();
        assertThat(repeating.appliesToCycle(4)).isFalse();
        assertThat(form("FOREVER", "percent", "10", null, "forever", 3).catalogued(NOW).coupon().cycles())
                .isZero();
    }

    @Test
    void an_amount_coupon_fits_its_own_currency_only_and_a_percentage_any() {
        CatalogCoupon euros = form("EUROS", "amount", "2", "EUR", null, null).catalogued(NOW);
        assertThat(euros.fits(Currency.getInstance("EUR"))).isTrue();
        assertThat(euros.fits(USD)).isFalse();
        assertThat(form("TENPC", "percent", "10", null, null, null).catalogued(NOW).fits(USD)).isTrue();
    }

    @Test
    void the_view_writes_a_percentage_with_two_decimals_and_an_amount_in_its_minor_units() {
        CatalogCoupon yen = form("YEN", "amount", "500", "JPY", "repeating", 2).catalogued(NOW);
        CouponView view = CouponView.of(yen.deactivated());
        assertThat(view.value()).isEqualTo("500");
        assertThat(view.currency()).isEqualTo("JPY");
        assertThat(view.cycles()).isEqualTo(2);
        assertThat(view.appliesToRenewals()).isTrue();
        assertThat(view.active()).isFalse();
        assertThat(view.createdAt()).isEqualTo(NOW);
        CouponView once = CouponView.of(form("TEN", "percent", "10", null, "once", null).catalogued(NOW));
        assertThat(once.value()).isEqualTo("10.00");
        assertThat(once.cycles()).isNull();
        assertThat(once.appliesToRenewals()).isFalse();
    }

    private static CouponForm form(String code, String kind, String value, String currency, String duration,
                                   Integer cycles) {
        return new CouponForm(code, kind, new BigDecimal(value), currency, duration, cycles, null);
    }

    private static List<String> refusal(CouponForm form) {
        return catchThrowableOfType(ApiProblem.class, () -> form.catalogued(NOW)).errors().stream()
                .map(FieldError::field).toList();
    }
}
