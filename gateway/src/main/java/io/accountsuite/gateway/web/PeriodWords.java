package io.accountsuite.gateway.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A billing period in words, for the pages ({@code ${@periods.every(duration, unit)}} in a template): "every month",
 * "every 3 months", "every year", "once". The units are membership-service's ("day", "week", "month", "year",
 * "one-time", "lifetime"); English plural rules for now, in this one place, so that a language's bundle can
 * replace it (issue 21).
 */
@Component("periods")
public class PeriodWords {

    private static final Set<String> COUNTED = Set.of("day", "week", "month", "year");

    /**
     * How often a price of this period is charged: "every month" for one unit, "every 3 months" for more, "once"
     * for a one-time price, "once, for life" for a lifetime one. A null duration counts as one; a unit the
     * catalog does not know is written as given ("every 2 fortnight").
     */
    public String every(@Nullable Number duration, @Nullable String unit) {
        long count = duration == null ? 1 : duration.longValue();
        if ("one-time".equals(unit)) {
            return "once";
        }
        if ("lifetime".equals(unit)) {
            return "once, for life";
        }
        if (unit == null || !COUNTED.contains(unit)) {
            return "every " + count + " " + unit;
        }
        return count == 1 ? "every " + unit : "every " + count + " " + unit + "s";
    }
}
