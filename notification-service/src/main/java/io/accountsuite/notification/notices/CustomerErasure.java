package io.accountsuite.notification.notices;

import java.time.Clock;
import java.util.UUID;

import io.accountsuite.notification.mail.Kind;
import io.accountsuite.notification.mail.Letter;
import io.accountsuite.notification.mail.Message;
import io.accountsuite.notification.mail.Postbox;
import io.accountsuite.notification.recipient.Recipients;
import io.accountsuite.notification.verification.VerificationTokens;
import io.accountsuite.platform.erasure.CustomerDataEraser;
import io.accountsuite.platform.language.LocalFormats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import reactor.core.publisher.Mono;

/**
 * What notification-service erases of a customer (platform erasure hook, in the transaction that confirms with
 * NotificationDataErased). First the farewell: "your account is being deleted" is queued detached from the customer
 * (no customer id), so it survives the erasure of their messages; it is deleted as soon as it left or was given up.
 * Then the address projection, every message queued or sent to them, their verification links and trials.
 */
@Configuration
class CustomerErasure {

    @Bean
    @Order(1)
    CustomerDataEraser farewell(Recipients recipients, Notices notices, Clock clock) {
        return customerId -> recipients.require(customerId)
                .flatMap(reader -> notices.post(farewellId(customerId), null, reader, reader.email(),
                        Letter.plain(Kind.ACCOUNT_DELETED, LocalFormats.time(clock.instant(), reader.locale()))))
                // A customer this service never heard of has no address to say goodbye to.
                .onErrorResume(Recipients.RecipientUnknown.class, unknown -> Mono.empty());
    }

    @Bean
    @Order(2)
    CustomerDataEraser recipientsAndMessages(Recipients recipients, Postbox postbox, VerificationTokens tokens,
                                             Trials trials) {
        return customerId -> postbox.deleteFor(customerId)
                .then(tokens.deleteFor(customerId))
                .then(trials.deleteFor(customerId))
                .then(recipients.delete(customerId));
    }

    /** One farewell per customer, however often the deletion is requested. */
    private static UUID farewellId(UUID customerId) {
        return Message.idFor(customerId, Kind.ACCOUNT_DELETED);
    }
}
