package io.accountsuite.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.accountsuite.notification.verification.Purpose;
import io.accountsuite.platform.values.WireValue;
import org.jspecify.annotations.Nullable;

/**
 * One mail in the queue and the sent-messages log: to {@code recipient}, as {@link Composed}, under the RFC 5322
 * {@code messageId}. {@code customerId} is null for a farewell kept past its customer's erasure until it leaves.
 * {@code link} is set when the body carries a verification link to mint on sending.
 */
public record Message(UUID id, @Nullable UUID customerId, Kind kind, String recipient, Composed body,
                      String messageId, Letter.@Nullable Link link, int attempts, Instant createdAt) {

    /** The message an event makes of a kind: named from both, so a redelivered event makes the same one. */
    public static UUID idFor(UUID eventId, Kind kind) {
        return UUID.nameUUIDFromBytes((eventId + "/" + kind.value()).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether this is the farewell of an erased customer, which is deleted once it left. */
    public boolean detached() {
        return customerId == null;
    }

    static Letter.@Nullable Link link(@Nullable String purpose, @Nullable UUID requestId) {
        return purpose == null ? null : new Letter.Link(WireValue.of(Purpose.class, purpose), requestId);
    }
}
