package io.accountsuite.platform.security.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.platform.events.ReceivedEvent;
import lombok.RequiredArgsConstructor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Every application's projection of how identity-service ended sessions: each customer's session cut-off (access
 * tokens issued before it no longer count: a password change, a deletion) and the sessions revoked one by one (a
 * sign-out, a replayed refresh token). Fed by identity's events, read from the topic's start at every start of the
 * application, and consulted for every token ({@link EndedSessionFilter}), so a token ended anywhere stops working
 * everywhere, not only at the gateway (OWASP ASVS v5 7.4.1). It only moves forward; revocations older than an access
 * token's lifetime are forgotten, since no token they could refuse is still valid.
 */
@RequiredArgsConstructor
public class SessionRevocations {

    /** How long a revoked session is remembered: longer than any access token lives (15 minutes). */
    static final Duration REMEMBER_REVOKED = Duration.ofHours(1);

    private final Map<UUID, Instant> cutoffs = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> revokedSessions = new ConcurrentHashMap<>();
    private final Map<Integer, Long> applied = new ConcurrentHashMap<>();
    private final Sinks.Many<UUID> changes = Sinks.many().multicast().directBestEffort();
    private final Clock clock;

    public void apply(ReceivedEvent event) {
        UUID customer = event.envelope().customerId();
        if (event.is(IdentityEvents.CREDENTIALS_CHANGED)) {
            moveTo(customer, event.as(IdentityEvents.CREDENTIALS_CHANGED).payload().sessionsValidAfter());
        } else if (event.is(IdentityEvents.ACCOUNT_DELETION_REQUESTED)) {
            moveTo(customer, event.as(IdentityEvents.ACCOUNT_DELETION_REQUESTED).payload().sessionsValidAfter());
        } else if (event.is(IdentityEvents.ACCOUNT_DELETED)) {
            moveTo(customer, event.as(IdentityEvents.ACCOUNT_DELETED).payload().deletedAt());
        } else if (event.is(IdentityEvents.SESSION_REVOKED)) {
            var revoked = event.as(IdentityEvents.SESSION_REVOKED).payload();
            revoke(customer, revoked.sessionId(), revoked.revokedAt());
        }
    }

    /**
     * Ends the customer's tokens issued before {@code cutoff}. identity-service calls it as its own change commits,
     * so that it refuses those tokens at once rather than when its event comes back from the topic.
     */
    public void cutOff(UUID customer, Instant cutoff) {
        moveTo(customer, cutoff);
    }

    /** Ends one session's tokens; as {@link #cutOff}, called by identity-service as it revokes the session. */
    public void revoke(UUID customer, UUID sessionId, Instant revokedAt) {
        if (revokedAt.isAfter(clock.instant().minus(REMEMBER_REVOKED))) {
            revokedSessions.put(sessionId, revokedAt);
            changes.tryEmitNext(customer);
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

    /** True when the session a token belongs to was revoked. */
    public boolean isRevoked(UUID sessionId) {
        return sessionId != null && revokedSessions.containsKey(sessionId);
    }

    /** The customers whose sessions just ended (a cut-off moved, a session was revoked), as they happen. */
    public Flux<UUID> changes() {
        return changes.asFlux();
    }

    /** Forgets revocations no access token can outlive any more. */
    public void forgetOld() {
        Instant before = clock.instant().minus(REMEMBER_REVOKED);
        revokedSessions.values().removeIf(at -> at.isBefore(before));
    }

    private void moveTo(UUID customer, Instant cutoff) {
        if (cutoff != null) {
            cutoffs.merge(customer, cutoff, (old, next) -> next.isAfter(old) ? next : old);
            changes.tryEmitNext(customer);
        }
    }
}
