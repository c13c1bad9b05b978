package io.accountsuite.contracts.identity;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;

/**
 * Events identity-service publishes on {@link Topics#IDENTITY}. They carry no personal data (no email, no
 * name): events outlive an account's deletion in the topic's retention.
 */
public final class IdentityEvents {

    /** A customer account was created. */
    public record CustomerRegistered(Instant registeredAt) {
    }

    /**
     * The customer's credentials changed; access tokens issued before {@code sessionsValidAfter} no longer count.
     * {@code reason} is {@code password-changed}.
     */
    public record CredentialsChanged(Instant sessionsValidAfter, String reason) {
    }

    /**
     * One sign-in session ended before its tokens expire: signed out, or its refresh token replayed (a copy in other
     * hands). Access tokens carrying this session's {@code sid} no longer count, anywhere. {@code reason} is
     * {@code signed-out} or {@code refresh-token-replayed}.
     */
    public record SessionRevoked(UUID sessionId, Instant revokedAt, String reason) {
    }

    /** The customer changed their sign-in email (the address itself stays in identity-service). */
    public record EmailChanged(Instant changedAt) {
    }

    /** The customer asked to delete their account: every service erases the customer's data and confirms. */
    public record AccountDeletionRequested(Instant requestedAt, Instant sessionsValidAfter) {
    }

    /** Every service confirmed the erasure and the credentials are gone; only a tombstone of the id remains. */
    public record AccountDeleted(Instant deletedAt) {
    }

    public static final EventType<CustomerRegistered> CUSTOMER_REGISTERED =
            EventType.of("CustomerRegistered", 1, Topics.IDENTITY, CustomerRegistered.class);
    public static final EventType<CredentialsChanged> CREDENTIALS_CHANGED =
            EventType.of("CredentialsChanged", 1, Topics.IDENTITY, CredentialsChanged.class);
    public static final EventType<SessionRevoked> SESSION_REVOKED =
            EventType.of("SessionRevoked", 1, Topics.IDENTITY, SessionRevoked.class);
    public static final EventType<EmailChanged> EMAIL_CHANGED =
            EventType.of("EmailChanged", 1, Topics.IDENTITY, EmailChanged.class);
    public static final EventType<AccountDeletionRequested> ACCOUNT_DELETION_REQUESTED =
            EventType.of("AccountDeletionRequested", 1, Topics.IDENTITY, AccountDeletionRequested.class);
    public static final EventType<AccountDeleted> ACCOUNT_DELETED =
            EventType.of("AccountDeleted", 1, Topics.IDENTITY, AccountDeleted.class);

    private IdentityEvents() {
    }
}
