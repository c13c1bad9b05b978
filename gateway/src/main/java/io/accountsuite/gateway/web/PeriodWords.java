package io.accountsuite.gateway.web;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A billing period in words, for the pages ({@code ${@periods.every(duration, unit, #locale)}} in a template):
 * "every month", "every 3 months", "every year", "once"; "tous les mois", "tous les 3 mois". The units are
 * membership-service's ("day", "week", "month", "year", "one-time", "lifetime"); each language's plural rule is in
 * its bundle ({@code period.every.<unit>}, a {@link java.text.ChoiceFormat}: one, or more).
 */
@Component("periods")
public class PeriodWords {

    private static final Set<String> COUNTED = Set.of("day", "week", "month", "year");

    private final MessageSource messages;

    PeriodWords(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * How often a price of this period is charged in {@code locale}'s language: "every month" for one unit,
     * "every 3 months" for more, "once" for a one-time price, "once, for life" for a lifetime one. A null duration
     * counts as one; a unit the catalog does not know is written as given ("every 2 fortnight").
     */
    public String every(@Nullable Number duration, @Nullable String unit, Locale locale) {
        long count = duration == null ? 1 : duration.longValue();
        if ("one-time".equals(unit) || "lifetime".equals(unit)) {
            return messages.getMessage("period." + unit, null, locale);
        }
        if (unit == null || !COUNTED.contains(unit)) {
            return messages.getMessage("period.every.other", new Object[] {count, String.valueOf(unit)}, locale);
        }
        return messages.getMessage("period.every." + unit, new Object[] {count}, locale);
    }
}
