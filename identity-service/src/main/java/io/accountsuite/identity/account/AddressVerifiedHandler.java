package io.accountsuite.identity.account;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.notification.NotificationEvents;
import io.accountsuite.contracts.notification.NotificationEvents.AddressVerified;
import io.accountsuite.identity.customer.EmailVerifications;
import io.accountsuite.platform.inbox.EventHandler;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A customer proved an address theirs through the link notification-service mailed: the sign-up address becomes
 * verified, or the requested email change completes.
 */
@Component
@RequiredArgsConstructor
class AddressVerifiedHandler implements EventHandler<AddressVerified> {

    private final EmailVerifications verifications;
    private final CredentialChanges changes;

    @Override
    public EventType<AddressVerified> eventType() {
        return NotificationEvents.ADDRESS_VERIFIED;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<AddressVerified> event) {
        AddressVerified verified = event.payload();
        if ("email-change".equals(verified.purpose()) && verified.requestId() != null) {
            return changes.completeEmailChange(event.customerId(), verified.requestId());
        }
        return verifications.markVerified(event.customerId(), verified.verifiedAt());
    }
}
