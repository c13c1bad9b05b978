package io.accountsuite.membership.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.catalog.Product;
import io.accountsuite.membership.change.BlockingItem;
import io.accountsuite.membership.change.ChangeQuote;
import io.accountsuite.membership.change.ChargeLine;
import io.accountsuite.membership.change.MembershipChanges;
import io.accountsuite.membership.entitlement.Entitlements;
import io.accountsuite.membership.money.Money;
import io.accountsuite.membership.usage.SiteUsage;

/** The JSON shapes of the membership API. Money is {@code {"amount": "12.50", "currency": "USD"}}. */
public final class Views {

    private Views() {
    }

    public record MoneyView(String amount, String currency) {
        public static MoneyView of(Money money) {
            return money == null ? null : new MoneyView(money.plain(), money.currency().getCurrencyCode());
        }
    }

    public record PeriodView(int duration, String unit) {
    }

    public record ProductView(UUID id, String type, String name, String slug, String description, MoneyView price,
                              MoneyView setupFee, PeriodView billingPeriod, int billingCycles, String group,
                              boolean active, List<UUID> addOns, Map<String, Long> limits, boolean customDomains,
                              String templateMode, Map<String, String> templates, int trialDays) {

        public static ProductView of(Product p) {
            Entitlements granted = Entitlements.ofPlan(p.limits(), p.templateMode(), p.templates());
            return new ProductView(p.id(), p.type().value(), p.name(), p.slug(), p.description(),
                    MoneyView.of(p.price()), MoneyView.of(p.setupFee()),
                    new PeriodView(p.period().duration(), p.period().unit().value()), p.billingCycles(), p.group(),
                    p.active(), p.addOnIds(), p.isPlan() ? granted.limits() : rawLimits(p),
                    Boolean.TRUE.equals(p.limits().customDomains()), p.templateMode().value(),
                    granted.templateValues(), p.trialDays());
        }

        /** An add-on's limits as set: null is "adds nothing", 0 is "unlimited". */
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

    public record LineView(String type, String description, UUID productId, int quantity, MoneyView amount) {
        public static LineView of(ChargeLine line) {
            return new LineView(line.type(), line.description(), line.productId(), line.quantity(),
                    MoneyView.of(line.amount()));
        }
    }

    public record LimitView(String limit, Long allowed, long usage) {
    }

    /**
     * A change's quote (preview) or outcome (change): {@code outcome} is applied, scheduled or awaiting-payment;
     * {@code invoiceId} names the invoice to pay when awaiting payment (a preview names none).
     */
    public record QuoteView(String kind, MoneyView amountDueNow, List<LineView> lines, MoneyView newRecurringTotal,
                            Map<String, Long> newLimits, boolean customDomains, List<LimitView> limitsVsUsage,
                            List<BlockingItem> blocking, String outcome, LocalDate effectiveAt, UUID invoiceId) {

        public static QuoteView of(MembershipChanges.Quoted quoted) {
            ChangeQuote quote = quoted.quote();
            SiteUsage usage = quoted.usage();
            Entitlements e = quote.entitlements();
            List<LimitView> vsUsage = List.of(new LimitView("diskMb", e.diskMb(), usage.diskMb()),
                    new LimitView("posts", e.posts(), usage.posts()),
                    new LimitView("pages", e.pages(), usage.pages()),
                    new LimitView("users", e.users(), usage.users()),
                    new LimitView("visitsPerMonth", e.visitsPerMonth(), usage.visitsThisMonth()));
            return new QuoteView(quote.kind().value(), MoneyView.of(quote.amountDueNow()),
                    quote.lines().stream().map(LineView::of).toList(), MoneyView.of(quote.newRecurringTotal()),
                    e.limits(), e.customDomains(), vsUsage, quote.blocking(), quoted.outcome().value(),
                    quote.effectiveOn(), quoted.invoiceId());
        }
    }
}
