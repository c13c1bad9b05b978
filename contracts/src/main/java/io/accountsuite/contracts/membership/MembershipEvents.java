package io.accountsuite.contracts.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;

/**
 * Events membership-service publishes on {@link Topics#MEMBERSHIP}. They carry the state consumers need to decide
 * on their own (event-carried state transfer): the effective entitlements for site- and domain-service, the
 * standing that decides whether a site is served, and the charges billing-service invoices.
 */
public final class MembershipEvents {

    /** Money as a decimal string in the currency's minor unit, e.g. {@code "12.50"}. */
    public record Amount(String amount, String currency) {
    }

    /**
     * What a membership entitles its site to. A null number is unlimited. {@code templateMode} is default,
     * assign or choose; {@code templates} maps a template id to available, not-available or pre-selected.
     */
    public record Entitlements(Long diskMb, Long posts, Long pages, Long visitsPerMonth, Long users, Long sites,
                               boolean customDomains, String templateMode, Map<String, String> templates) {
    }

    /**
     * One invoice line: type is product, fee, credit or discount; credits and discounts are negative.
     * {@code description} is the line in English (every version of the event has it). Since issue 21 a line also
     * says what a reader's words need, both nullable (absent from older events, where they read null):
     * {@code subject} is the product's name (product and fee lines, the unused-time credit) or the coupon's code
     * (discount), null otherwise; {@code reason} says what a credit is for, {@code unused-time} or
     * {@code setup-fee-paid}, and is null on the other types. A consumer words a line from them and falls back to
     * {@code description} when they are missing or unknown to it.
     */
    public record ChargeLine(String type, String description, UUID productId, int quantity, Amount amount,
                             String subject, String reason) {

        /** A line without the words' parts (as events before issue 21 were): only its English description. */
        public ChargeLine(String type, String description, UUID productId, int quantity, Amount amount) {
            this(type, description, productId, quantity, amount, null, null);
        }
    }

    /** What to invoice: kind is initial, upgrade, add-on-purchase or renewal; the total may be zero or below. */
    public record Charge(String kind, List<ChargeLine> lines, Amount total) {
    }

    public record RequestedSite(String title, String slug, UUID templateId) {
    }

    /**
     * A membership started: {@code status} is pending (its first invoice unpaid), trialing or active.
     * {@code paidThrough} is the end of the period paid for or on trial (null while nothing is paid, or lifetime).
     */
    public record MembershipCreated(UUID membershipId, String reference, UUID planId, String status,
                                    RequestedSite site, Entitlements entitlements, LocalDate paidThrough) {
    }

    /**
     * The membership's plan or add-ons changed, and so its effective entitlements: an upgrade or add-on purchase
     * once paid, a scheduled downgrade taking effect, or the admin editing a product it holds. {@code change} is
     * upgrade, downgrade, add-on-purchase or product-updated.
     */
    public record MembershipChanged(UUID membershipId, String change, UUID planId, Entitlements entitlements) {
    }

    /**
     * The status moved. {@code paidThrough} is the end of the period paid for or on trial, null when the current
     * period is not paid: a cancelled membership with a paid period still running keeps its site served until then.
     */
    public record MembershipStatusChanged(UUID membershipId, String from, String to, Instant expiresAt,
                                          LocalDate paidThrough) {
    }

    /**
     * Something to invoice, under the id membership-service chose so it can name the invoice to the customer at
     * once. Billing issues it once; its payment is announced as PaymentSucceeded for {@code invoiceId}. The period is
     * the one the charge pays for (null ends for lifetime terms and one-off purchases).
     */
    public record MembershipChargeDue(UUID membershipId, UUID invoiceId, LocalDate periodStart, LocalDate periodEnd,
                                      Charge charge) {
    }

    /**
     * A charge is no longer wanted (discarded, unpaid in time, superseded, the membership cancelled). Billing
     * cancels the invoice if it is unpaid, and refunds it if it was paid meanwhile.
     */
    public record MembershipChargeCancelled(UUID membershipId, UUID invoiceId, String reason) {
    }

    public static final EventType<MembershipCreated> MEMBERSHIP_CREATED =
            EventType.of("MembershipCreated", 1, Topics.MEMBERSHIP, MembershipCreated.class);
    public static final EventType<MembershipChanged> MEMBERSHIP_CHANGED =
            EventType.of("MembershipChanged", 1, Topics.MEMBERSHIP, MembershipChanged.class);
    public static final EventType<MembershipStatusChanged> MEMBERSHIP_STATUS_CHANGED =
            EventType.of("MembershipStatusChanged", 1, Topics.MEMBERSHIP, MembershipStatusChanged.class);
    public static final EventType<MembershipChargeDue> MEMBERSHIP_CHARGE_DUE =
            EventType.of("MembershipChargeDue", 1, Topics.MEMBERSHIP, MembershipChargeDue.class);
    public static final EventType<MembershipChargeCancelled> MEMBERSHIP_CHARGE_CANCELLED =
            EventType.of("MembershipChargeCancelled", 1, Topics.MEMBERSHIP, MembershipChargeCancelled.class);

    private MembershipEvents() {
    }
}
