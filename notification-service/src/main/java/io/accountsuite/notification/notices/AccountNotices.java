package io.accountsuite.notification.notices;

import java.time.Duration;

import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CredentialsChanged;
import io.accountsuite.contracts.identity.IdentityEvents.CustomerRegistered;
import io.accountsuite.contracts.identity.IdentityEvents.EmailChangeDropped;
import io.accountsuite.contracts.identity.IdentityEvents.EmailChangeRequested;
import io.accountsuite.contracts.identity.IdentityEvents.EmailChanged;
import io.accountsuite.contracts.identity.IdentityEvents.LanguageChosen;
import io.accountsuite.contracts.identity.IdentityEvents.SignUpWithExistingEmail;
import io.accountsuite.notification.mail.Kind;
import io.accountsuite.notification.mail.Letter;
import io.accountsuite.notification.mail.Postbox;
import io.accountsuite.notification.recipient.Recipients;
import io.accountsuite.notification.verification.Purpose;
import io.accountsuite.notification.verification.VerificationTokens;
import io.accountsuite.platform.inbox.EventHandler;
import io.accountsuite.platform.language.LocalFormats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * What identity's events tell the customer: verify the address signed up with or changed to, the former address
 * told of a change, a password change (OWASP ASVS v5 6.3.7), a sign-up attempt with their email (6.3.8); and the
 * language the customer reads (LanguageChosen).
 */
@Configuration
class AccountNotices {

    /** At most one "someone tried to sign up with your email" an hour: the attempts must not flood the owner. */
    static final Duration SIGN_UP_NOTICE_QUIET = Duration.ofHours(1);

    @Bean
    EventHandler<CustomerRegistered> customerRegistered(Recipients recipients, Notices notices) {
        return EventHandler.of("customer-registered", IdentityEvents.CUSTOMER_REGISTERED, event -> {
            CustomerRegistered registered = event.payload();
            return recipients.register(event.customerId(), registered.email(), registered.name(),
                            registered.language(), event.occurredAt())
                    .then(notices.tell(event.eventId(), event.customerId(), Letter.verification(Kind.VERIFY_ADDRESS,
                            Purpose.REGISTRATION, null, registered.email())));
        });
    }

    @Bean
    EventHandler<EmailChangeRequested> emailChangeRequested(Recipients recipients, Notices notices,
                                                              Postbox postbox) {
        return EventHandler.of("email-change-requested", IdentityEvents.EMAIL_CHANGE_REQUESTED, event -> {
            EmailChangeRequested change = event.payload();
            return recipients.awaitEmailChange(event.customerId(), change.requestId(), change.newEmail(),
                            event.occurredAt())
                    .then(VerificationResend.withinHourlyLimit(postbox, event.customerId(), event.occurredAt()))
                    .filter(within -> within)
                    .flatMap(within -> recipients.require(event.customerId()))
                    .flatMap(reader -> notices.tell(event.eventId(), reader, change.newEmail(),
                            Letter.verification(Kind.VERIFY_NEW_ADDRESS, Purpose.EMAIL_CHANGE, change.requestId(),
                                    change.newEmail())));
        });
    }

    /**
     * The former address hears of the change; from then on mails go to the new one, and links still unused (to the
     * former address) stop working.
     */
    @Bean
    EventHandler<EmailChanged> emailChanged(Recipients recipients, Notices notices, VerificationTokens tokens) {
        return EventHandler.of("email-changed", IdentityEvents.EMAIL_CHANGED, event -> recipients
                .require(event.customerId())
                .filter(reader -> event.payload().requestId().equals(reader.pendingRequest())
                        && reader.pendingEmail() != null)
                .flatMap(reader -> notices.tell(event.eventId(), reader, reader.email(),
                                Letter.plain(Kind.EMAIL_CHANGED, reader.pendingEmail(),
                                        LocalFormats.time(event.payload().changedAt(), reader.locale())))
                        .then(recipients.completeEmailChange(event.customerId(), event.payload().requestId(),
                                event.occurredAt()))
                        .then(tokens.forgetUnused(event.customerId()))));
    }

    /** The verified address belonged to another account: the customer hears why nothing changed. */
    @Bean
    EventHandler<EmailChangeDropped> emailChangeDropped(Recipients recipients, Notices notices) {
        return EventHandler.of("email-change-dropped", IdentityEvents.EMAIL_CHANGE_DROPPED, event -> recipients
                .require(event.customerId())
                .filter(reader -> event.payload().requestId().equals(reader.pendingRequest())
                        && reader.pendingEmail() != null)
                .flatMap(reader -> notices.tell(event.eventId(), reader, reader.email(),
                                Letter.of(Kind.EMAIL_CHANGE_DROPPED, "/account", reader.pendingEmail(), reader.email()))
                        .then(recipients.dropEmailChange(event.customerId(), event.payload().requestId(),
                                event.occurredAt()))));
    }

    /** Mails are written in the language the customer chose on their profile from now on. */
    @Bean
    EventHandler<LanguageChosen> languageChosen(Recipients recipients) {
        return EventHandler.of("language-chosen", IdentityEvents.LANGUAGE_CHOSEN, event -> recipients
                .require(event.customerId())
                .flatMap(reader -> recipients.chooseLanguage(event.customerId(), event.payload().language(),
                        event.occurredAt())));
    }

    @Bean
    EventHandler<CredentialsChanged> credentialsChanged(Recipients recipients, Notices notices) {
        return EventHandler.of("credentials-changed", IdentityEvents.CREDENTIALS_CHANGED, event ->
                !"password-changed".equals(event.payload().reason()) ? Mono.empty()
                        : recipients.require(event.customerId()).flatMap(reader -> notices.tell(event.eventId(),
                                reader, reader.email(), Letter.of(Kind.PASSWORD_CHANGED, "/login",
                                        LocalFormats.time(event.occurredAt(), reader.locale())))));
    }

    @Bean
    EventHandler<SignUpWithExistingEmail> signUpWithExistingEmail(Recipients recipients, Notices notices,
                                                                  Postbox postbox) {
        return EventHandler.of("sign-up-with-existing-email", IdentityEvents.SIGN_UP_WITH_EXISTING_EMAIL, event ->
                postbox.postedSince(event.customerId(), Kind.SIGN_UP_WITH_YOUR_EMAIL,
                                event.occurredAt().minus(SIGN_UP_NOTICE_QUIET))
                        .filter(told -> !told)
                        .flatMap(quiet -> recipients.require(event.customerId()))
                        .flatMap(reader -> notices.tell(event.eventId(), reader, reader.email(),
                                Letter.of(Kind.SIGN_UP_WITH_YOUR_EMAIL, "/login", reader.email(),
                                        LocalFormats.time(event.payload().attemptedAt(), reader.locale())))));
    }
}
