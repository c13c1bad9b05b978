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
 * on their own (event-carried state transfer): the effective entitlements for site- and domain-service, the charge
 * to invoice for billing-service.
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

    /** One invoice line: type is product, fee, credit or discount; credits and discounts are negative. */
    public record ChargeLine(String type, String description, UUID productId, int quantity, Amount amount) {
    }

    /** What to invoice: kind is initial, upgrade, add-on-purchase or renewal. */
    public record Charge(String kind, List<ChargeLine> lines, Amount total) {
    }

    public record RequestedSite(String title, String slug, UUID templateId) {
    }

    public record MembershipCreated(UUID membershipId, String reference, UUID planId, String status,
                                    RequestedSite site, Entitlements entitlements, Charge charge) {
    }

    /**
     * The membership's plan or add-ons changed (now, or a scheduled change took effect). {@code change} is upgrade,
     * downgrade or add-on-purchase; {@code charge} is null when nothing is due.
     */
    public record MembershipChanged(UUID membershipId, String change, UUID planId, Entitlements entitlements,
                                    Charge charge) {
    }

    public record MembershipStatusChanged(UUID membershipId, String from, String to, Instant expiresAt) {
    }

    /** A period ended and the membership renews: billing issues the renewal invoice. */
    public record MembershipRenewalDue(UUID membershipId, LocalDate periodStart, LocalDate periodEnd,
                                       Charge charge) {
    }

    public static final EventType<MembershipCreated> MEMBERSHIP_CREATED =
            EventType.of("MembershipCreated", 1, Topics.MEMBERSHIP, MembershipCreated.class);
    public static final EventType<MembershipChanged> MEMBERSHIP_CHANGED =
            EventType.of("MembershipChanged", 1, Topics.MEMBERSHIP, MembershipChanged.class);
    public static final EventType<MembershipStatusChanged> MEMBERSHIP_STATUS_CHANGED =
            EventType.of("MembershipStatusChanged", 1, Topics.MEMBERSHIP, MembershipStatusChanged.class);
    public static final EventType<MembershipRenewalDue> MEMBERSHIP_RENEWAL_DUE =
            EventType.of("MembershipRenewalDue", 1, Topics.MEMBERSHIP, MembershipRenewalDue.class);

    private MembershipEvents() {
    }
}
