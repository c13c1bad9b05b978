package io.accountsuite.membership.memberships;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.validation.SingleLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A coupon as the admin writes it: given inline with a membership ({@link #coupon()}), or added to the catalog
 * ({@link #catalogued}). {@code kind} percent (a value up to 100) or amount; {@code duration} once, repeating (for
 * {@code cycles} cycles, 1 to 120) or forever. Without a duration, {@code appliesToRenewals} true means forever and
 * false once (the earlier inline form). The one place the rules of a coupon's fields live.
 */
record CouponForm(@NotBlank @Size(max = 40) @SingleLine String code,
                  @NotNull @Pattern(regexp = "percent|amount") String kind,
                  @NotNull @DecimalMin("0.01") @DecimalMax("100000") BigDecimal value,
                  @Pattern(regexp = "[A-Z]{3}") @Nullable String currency,
                  @Pattern(regexp = "once|repeating|forever") @Nullable String duration,
                  @Min(1) @Max(120) @Nullable Integer cycles, @Nullable Boolean appliesToRenewals) {

    /** A catalog coupon's code, once upper-cased (issue 20's admin contract). */
    static final java.util.regex.Pattern CATALOG_CODE = java.util.regex.Pattern.compile("[A-Z0-9_-]{3,40}");

    /** The coupon given inline with an admin's membership, in the plan's currency; errors name {@code coupon.*}. */
    Coupon coupon() {
        return coupon("coupon.", code);
    }

    /**
     * A new catalog coupon, active from {@code now}: its code upper-cased and of {@link #CATALOG_CODE}, an amount
     * coupon's {@code currency} required (an ISO 4217 code, the value in its minor units), a percentage's refused.
     */
    CatalogCoupon catalogued(Instant now) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        ApiProblem invalid = ProblemType.VALIDATION.problem(Message.of("platform.fields-invalid"));
        if (!CATALOG_CODE.matcher(upper).matches()) {
            invalid.field("code", Message.of("membership.coupon.code-shape"));
        }
        Currency money = null;
        if (Coupon.Kind.of(kind) == Coupon.Kind.PERCENT) {
            if (currency != null) {
                invalid.field("currency", Message.of("membership.coupon.currency-percent"));
            }
        } else if (currency == null) {
            invalid.field("currency", Message.of("membership.coupon.currency-required"));
        } else {
            money = currencyOf(currency);
            if (money == null) {
                invalid.field("currency", Message.of("membership.catalog.currency-unknown"));
            } else if (value.stripTrailingZeros().scale() > money.getDefaultFractionDigits()) {
                invalid.field("value", Message.of("membership.coupon.decimals", currency));
            }
        }
        if (!invalid.errors().isEmpty()) {
            throw invalid;
        }
        return new CatalogCoupon(coupon("", upper), money, true, now);
    }

    private Coupon coupon(String fields, String code) {
        Coupon.Duration lasting = duration != null ? Coupon.Duration.of(duration)
                : Boolean.TRUE.equals(appliesToRenewals) ? Coupon.Duration.FOREVER : Coupon.Duration.ONCE;
        if (lasting == Coupon.Duration.REPEATING && cycles == null) {
            throw ApiProblem.invalid(fields + "cycles", Message.of("membership.coupon.cycles"));
        }
        if (Coupon.Kind.of(kind) == Coupon.Kind.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ApiProblem.invalid(fields + "value", Message.of("membership.coupon.percent-max"));
        }
        return new Coupon(code, Coupon.Kind.of(kind), value, lasting,
                lasting == Coupon.Duration.REPEATING ? cycles : 0);
    }

    private static @Nullable Currency currencyOf(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
