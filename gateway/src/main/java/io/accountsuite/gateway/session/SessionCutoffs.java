package io.accountsuite.gateway.session;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.platform.events.ReceivedEvent;

/**
 * The gateway's projection of each customer's session cut-off: access tokens issued before it no longer count.
 * Fed by identity-service's events and rebuilt from the topic at every start; it only moves forward.
 */
public class SessionCutoffs {

    private final Map<UUID, Instant> cutoffs = new ConcurrentHashMap<>();
    private final Map<Integer, Long> applied = new ConcurrentHashMap<>();

    public void apply(ReceivedEvent event) {
        UUID customer = event.envelope().customerId();
        if (event.is(IdentityEvents.CREDENTIALS_CHANGED)) {
            moveTo(customer, event.as(IdentityEvents.CREDENTIALS_CHANGED).payload().sessionsValidAfter());
        } else if (event.is(IdentityEvents.ACCOUNT_DELETION_REQUESTED)) {
            moveTo(customer, event.as(IdentityEvents.ACCOUNT_DELETION_REQUESTED).payload().sessionsValidAfter());
        } else if (event.is(IdentityEvents.ACCOUNT_DELETED)) {
            moveTo(customer, event.as(IdentityEvents.ACCOUNT_DELETED).payload().deletedAt());
        }
    }

    /** Remembers how far the topic has been read, for {@link #caughtUpWith}. */
    public void read(int partition, long offset) {
        applied.merge(partition, offset, Math::max);
    }

    /** True once every partition has been read up to the given end offsets (the topic's ends at start). */
    public boolean caughtUpWith(Map<Integer, Long> endOffsets) {
        return endOffsets.entrySet().stream()
                .allMatch(end -> end.getValue() == 0 || applied.getOrDefault(end.getKey(), -1L) + 1 >= end.getValue());
    }

    /** True when a token of this customer issued at {@code issuedAt} was issued before their cut-off. */
    public boolean isCutOff(UUID customer, Instant issuedAt) {
        Instant cutoff = cutoffs.get(customer);
        return cutoff != null && (issuedAt == null || issuedAt.isBefore(cutoff));
    }

    private void moveTo(UUID customer, Instant cutoff) {
        if (cutoff != null) {
            cutoffs.merge(customer, cutoff, (old, next) -> next.isAfter(old) ? next : old);
        }
    }
}
