package io.accountsuite.membership.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import io.accountsuite.platform.values.WireValue;

/**
 * How often a product is billed: every {@code duration} days, weeks, months or years, or once (one-time and
 * lifetime products never renew).
 */
public record BillingPeriod(int duration, Unit unit) {

    public enum Unit implements WireValue {
        DAY, WEEK, MONTH, YEAR, ONE_TIME, LIFETIME;

        public static Unit of(String value) {
            return WireValue.of(Unit.class, value);
        }
    }

    public BillingPeriod {
        Objects.requireNonNull(unit, "unit");
        if (unit != Unit.ONE_TIME && unit != Unit.LIFETIME && duration < 1) {
            throw new IllegalArgumentException("a recurring period needs a duration of at least 1");
        }
    }

    public static BillingPeriod monthly() {
        return new BillingPeriod(1, Unit.MONTH);
    }

    public boolean recurs() {
        return unit != Unit.ONE_TIME && unit != Unit.LIFETIME;
    }

    /** The end of the period that starts on {@code start}; empty for products that never renew. */
    public Optional<LocalDate> end(LocalDate start) {
        return switch (unit) {
            case DAY -> Optional.of(start.plusDays(duration));
            case WEEK -> Optional.of(start.plusWeeks(duration));
            case MONTH -> Optional.of(start.plusMonths(duration));
            case YEAR -> Optional.of(start.plusYears(duration));
            case ONE_TIME, LIFETIME -> Optional.empty();
        };
    }

    /** Days in the period that starts on {@code start} (a month from 31 January has 29 in a leap year). */
    public long days(LocalDate start) {
        return end(start).map(end -> ChronoUnit.DAYS.between(start, end))
                .orElseThrow(() -> new IllegalStateException(unit.value() + " products have no cycle"));
    }

    /** A nominal length, for comparing prices per day across periods: 30.4375 days a month, 365.25 a year. */
    public double nominalDays() {
        return switch (unit) {
            case DAY -> duration;
            case WEEK -> duration * 7.0;
            case MONTH -> duration * 30.4375;
            case YEAR -> duration * 365.25;
            case ONE_TIME, LIFETIME -> Double.POSITIVE_INFINITY;
        };
    }
}
