package io.accountsuite.contracts.erasure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;

/**
 * The account deletion saga's confirmations: each service that holds customer data publishes its *DataErased on
 * its own topic once it has erased everything of the customer.
 */
public final class ErasureEvents {

    /**
     * {@code service} is the confirming service's name, e.g. {@code membership}; {@code kept} lists what the law
     * obliges it to keep, detached from the account (empty for most services).
     */
    public record DataErased(String service, Instant erasedAt, List<Kept> kept) {
        public DataErased {
            kept = kept == null ? List.of() : List.copyOf(kept);
        }
    }

    /**
     * Records kept after an erasure: what ({@code "invoices"}), how many, until when they are kept (then purged),
     * and why (the legal basis, e.g. GDPR Art. 17(3)(b) with the accounting law).
     */
    public record Kept(String what, int count, LocalDate until, String why) {
    }

    public static final EventType<DataErased> MEMBERSHIP_DATA_ERASED =
            EventType.of("MembershipDataErased", 1, Topics.MEMBERSHIP, DataErased.class);
    public static final EventType<DataErased> BILLING_DATA_ERASED =
            EventType.of("BillingDataErased", 1, Topics.BILLING, DataErased.class);
    public static final EventType<DataErased> SITE_DATA_ERASED =
            EventType.of("SiteDataErased", 1, Topics.SITE, DataErased.class);
    public static final EventType<DataErased> DOMAIN_DATA_ERASED =
            EventType.of("DomainDataErased", 1, Topics.DOMAIN, DataErased.class);
    public static final EventType<DataErased> NOTIFICATION_DATA_ERASED =
            EventType.of("NotificationDataErased", 1, Topics.NOTIFICATION, DataErased.class);

    /** Every confirmation the saga may wait for. */
    public static final List<EventType<DataErased>> ALL = List.of(MEMBERSHIP_DATA_ERASED, BILLING_DATA_ERASED,
            SITE_DATA_ERASED, DOMAIN_DATA_ERASED, NOTIFICATION_DATA_ERASED);

    private ErasureEvents() {
    }
}
