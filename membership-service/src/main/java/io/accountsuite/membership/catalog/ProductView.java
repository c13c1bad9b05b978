package io.accountsuite.membership.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.entitlement.Entitlements;
import io.accountsuite.membership.money.MoneyView;
import org.jspecify.annotations.Nullable;

/**
 * A product as the catalog and the membership API write it. A plan's {@code limits} are what it grants (defaults
 * filled in); an add-on's are what it adds as set (null adds nothing, 0 is unlimited).
 */
public record ProductView(UUID id, String type, String name, String slug, String description, MoneyView price,
                          MoneyView setupFee, PeriodView billingPeriod, int billingCycles, @Nullable String group,
                          boolean active, List<UUID> addOns, Map<String, @Nullable Long> limits,
                          boolean customDomains,
                          String templateMode, Map<String, String> templates, int trialDays) {

    /** A billing period: every {@code duration} {@code unit}s ("day", "week", "month", "year", "one-time"). */
    public record PeriodView(int duration, String unit) {
    }

    public static ProductView of(Product p) {
        Entitlements granted = Entitlements.ofPlan(p.limits(), p.templateMode(), p.templates());
        return new ProductView(p.id(), p.type().value(), p.name(), p.slug(), p.description(),
                MoneyView.of(p.price()), MoneyView.of(p.setupFee()),
                new PeriodView(p.period().duration(), p.period().unit().value()), p.billingCycles(), p.group(),
                p.active(), p.addOnIds(), p.isPlan() ? granted.limits() : rawLimits(p),
                Boolean.TRUE.equals(p.limits().customDomains()), p.templateMode().value(),
                granted.templateValues(), p.trialDays());
    }

    private static Map<String, Long> rawLimits(Product p) {
        var l = p.limits();
        Map<String, Long> limits = new LinkedHashMap<>();
        limits.put("diskMb", l.diskMb());
        limits.put("posts", l.posts());
        limits.put("pages", l.pages());
        limits.put("visitsPerMonth", l.visitsPerMonth());
        limits.put("users", l.users());
        limits.put("sites", l.sites());
        return limits;
    }
}
