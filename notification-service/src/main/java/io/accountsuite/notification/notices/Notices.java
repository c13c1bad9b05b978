package io.accountsuite.notification.notices;

import java.time.Clock;
import java.util.UUID;

import io.accountsuite.notification.mail.Letter;
import io.accountsuite.notification.mail.MailComposer;
import io.accountsuite.notification.mail.Message;
import io.accountsuite.notification.mail.Postbox;
import io.accountsuite.notification.recipient.Recipient;
import io.accountsuite.notification.recipient.Recipients;
import io.accountsuite.notification.settings.SenderSettings;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Puts a letter in the customer's words and queues it, under an id named from the event that caused it. */
@Service
@RequiredArgsConstructor
public class Notices {

    private final Recipients recipients;
    private final MailComposer composer;
    private final SenderSettings senders;
    private final Postbox postbox;
    private final Clock clock;

    /**
     * Mails {@code letter} to the customer's address. Fails with {@code RecipientUnknown} while identity's
     * CustomerRegistered has not been handled, so that the inbox retries the event.
     */
    public Mono<Void> tell(UUID eventId, UUID customerId, Letter letter) {
        return recipients.require(customerId).flatMap(r -> tell(eventId, r, r.email(), letter));
    }

    /** Mails {@code letter} to {@code address}, written for {@code reader} (their name and language). */
    public Mono<Void> tell(UUID eventId, Recipient reader, String address, Letter letter) {
        return post(Message.idFor(eventId, letter.kind()), reader.customerId(), reader, address, letter);
    }

    /**
     * Queues the message {@code id}; {@code customerId} null detaches it from the customer (a farewell, deleted once
     * it left).
     */
    Mono<Void> post(UUID id, @Nullable UUID customerId, Recipient reader, String address, Letter letter) {
        return senders.current().flatMap(sender -> postbox.post(new Message(id, customerId, letter.kind(), address,
                composer.compose(letter, reader.name(), reader.locale(), sender), "<" + id + "@" + sender.domain()
                + ">", letter.link(), 0, clock.instant()), clock.instant()));
    }
}
