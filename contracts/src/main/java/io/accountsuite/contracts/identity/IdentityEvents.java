package io.accountsuite.contracts.identity;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;

/**
 * Events identity-service publishes on {@link Topics#IDENTITY}. Only the events notification-service needs to reach
 * the customer carry an email and a name ({@link CustomerRegistered}, {@link EmailChangeRequested}); the others carry
 * none. Events outlive an account's deletion in the topic's retention (contracts/PERSONAL_DATA.md).
 */
public final class IdentityEvents {

    /**
     * A customer account was created: by a sign-up, an admin or the bootstrap. {@code email} and {@code name} are
     * where and how notification-service writes to the customer (its projection); {@code language} is their
     * language ({@code en} or {@code fr}: the best match of the sign-up's Accept-Language, else {@code en}); null
     * from identity versions before issue 21 (read as {@code en}).
     */
    public record CustomerRegistered(Instant registeredAt, String email, String name, String language) {
    }

    /**
     * Someone tried to sign up with the email of this existing account. The caller got the same answer as for a new
     * address; the owner is told (OWASP ASVS v5 6.3.8: no account enumeration through registration).
     */
    public record SignUpWithExistingEmail(Instant attemptedAt) {
    }

    /**
     * The customer asked to sign in with {@code newEmail} from now on. Nothing changes until the address is proven
     * theirs: notification-service mails it a link, and {@code AddressVerified} naming {@code requestId} completes
     * the change ({@link EmailChanged}).
     */
    public record EmailChangeRequested(UUID requestId, String newEmail, Instant requestedAt) {
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

    /**
     * The customer's sign-in email is now the verified address of change {@code requestId} (named in its
     * {@link EmailChangeRequested}); the former address is told.
     */
    public record EmailChanged(Instant changedAt, UUID requestId) {
    }

    /**
     * The verified address of change {@code requestId} belongs to another account, so the change was dropped; the
     * customer is told (they proved the mailbox theirs).
     */
    public record EmailChangeDropped(UUID requestId, Instant droppedAt) {
    }

    /**
     * The customer chose the language the suite speaks to them in ({@code en} or {@code fr}) on their profile; only
     * a change is told, never the same language again.
     */
    public record LanguageChosen(String language, Instant chosenAt) {
    }

    /** The customer asked to delete their account: every service erases the customer's data and confirms. */
    public record AccountDeletionRequested(Instant requestedAt, Instant sessionsValidAfter) {
    }

    /** Every service confirmed the erasure and the credentials are gone; only a tombstone of the id remains. */
    public record AccountDeleted(Instant deletedAt) {
    }

    public static final EventType<CustomerRegistered> CUSTOMER_REGISTERED =
            EventType.of("CustomerRegistered", 1, Topics.IDENTITY, CustomerRegistered.class);
    public static final EventType<SignUpWithExistingEmail> SIGN_UP_WITH_EXISTING_EMAIL =
            EventType.of("SignUpWithExistingEmail", 1, Topics.IDENTITY, SignUpWithExistingEmail.class);
    public static final EventType<EmailChangeRequested> EMAIL_CHANGE_REQUESTED =
            EventType.of("EmailChangeRequested", 1, Topics.IDENTITY, EmailChangeRequested.class);
    public static final EventType<EmailChangeDropped> EMAIL_CHANGE_DROPPED =
            EventType.of("EmailChangeDropped", 1, Topics.IDENTITY, EmailChangeDropped.class);
    public static final EventType<CredentialsChanged> CREDENTIALS_CHANGED =
            EventType.of("CredentialsChanged", 1, Topics.IDENTITY, CredentialsChanged.class);
    public static final EventType<SessionRevoked> SESSION_REVOKED =
            EventType.of("SessionRevoked", 1, Topics.IDENTITY, SessionRevoked.class);
    public static final EventType<EmailChanged> EMAIL_CHANGED =
            EventType.of("EmailChanged", 1, Topics.IDENTITY, EmailChanged.class);
    public static final EventType<LanguageChosen> LANGUAGE_CHOSEN =
            EventType.of("LanguageChosen", 1, Topics.IDENTITY, LanguageChosen.class);
    public static final EventType<AccountDeletionRequested> ACCOUNT_DELETION_REQUESTED =
            EventType.of("AccountDeletionRequested", 1, Topics.IDENTITY, AccountDeletionRequested.class);
    public static final EventType<AccountDeleted> ACCOUNT_DELETED =
            EventType.of("AccountDeleted", 1, Topics.IDENTITY, AccountDeleted.class);

    private IdentityEvents() {
    }
}
