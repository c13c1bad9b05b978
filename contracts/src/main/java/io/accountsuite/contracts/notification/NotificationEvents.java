package io.accountsuite.contracts.notification;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;

/** Events notification-service publishes on {@link Topics#NOTIFICATION}. */
public final class NotificationEvents {

    /**
     * The customer opened the link mailed to an address, proving it theirs. {@code purpose} is {@code registration}
     * (the address they signed up with) or {@code email-change}, whose {@code requestId} names the
     * {@code EmailChangeRequested} it completes (null for a registration).
     */
    public record AddressVerified(String purpose, UUID requestId, Instant verifiedAt) {
    }

    public static final EventType<AddressVerified> ADDRESS_VERIFIED =
            EventType.of("AddressVerified", 1, Topics.NOTIFICATION, AddressVerified.class);

    private NotificationEvents() {
    }
}
