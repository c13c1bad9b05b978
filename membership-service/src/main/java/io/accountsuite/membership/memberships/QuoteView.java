package io.accountsuite.membership.memberships;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.membership.entitlement.Entitlements;
import io.accountsuite.membership.money.MoneyView;
import io.accountsuite.membership.usage.SiteUsage;

/**
 * A change's quote (preview) or outcome (change): {@code outcome} is applied, scheduled or awaiting-payment;
 * {@code invoiceId} names the invoice to pay when awaiting payment (a preview names none).
 */
public record QuoteView(String kind, MoneyView amountDueNow, List<LineView> lines, MoneyView newRecurringTotal,
                        Map<String, Long> newLimits, boolean customDomains, List<LimitView> limitsVsUsage,
                        List<BlockingItem> blocking, String outcome, LocalDate effectiveAt, UUID invoiceId) {

    /**
     * One charge line of the quote: {@code description} in English as before; {@code subject} and {@code reason}
     * (nullable) let a page word it in its reader's language, as {@link ChargeLine} says.
     */
    public record LineView(String type, String description, UUID productId, int quantity, MoneyView amount,
                           String subject, String reason) {
        static LineView of(ChargeLine line) {
            return new LineView(line.type(), line.description(), line.productId(), line.quantity(),
                    MoneyView.of(line.amount()), line.subject(), line.reason());
        }
    }

    /** A limit the change would set ({@code allowed}, null or 0: unlimited) beside the site's usage. */
    public record LimitView(String limit, Long allowed, long usage) {
    }

    static QuoteView of(MembershipChanges.Quoted quoted) {
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
