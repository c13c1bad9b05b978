package io.accountsuite.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.SessionRevoked;
import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Customers;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.security.sessions.SessionRevocations;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Sign-in sessions: a family of rotating refresh tokens and the access tokens issued from them. */
@Service
@RequiredArgsConstructor
public class Sessions {

    static final String SIGNED_OUT = "signed-out";
    static final String REPLAYED = "refresh-token-replayed";

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Customers customers;
    private final Outbox outbox;
    private final SessionRevocations revocations;
    private final TransactionalOperator tx;
    private final Clock clock;

    /** A new session for a customer who just proved who they are. */
    public Mono<TokenPair> open(Customer customer) {
        return issue(customer, UUID.randomUUID());
    }

    /**
     * Rotates a refresh token. The same token again within the grace window (two tabs refreshing at once) yields the
     * same successor with a fresh access token; later, it is a replay: the session is revoked and
     * {@code SessionRevoked} ends its access tokens in every service. A revoked or expired token, or one of an
     * account no longer active, answers 401.
     */
    public Mono<TokenPair> refresh(String token) {
        Instant now = clock.instant();
        Mono<TokenPair> rotation = refreshTokens.lock(token)
                .flatMap(stored -> {
                    if (stored.wasRotated()) {
                        return refreshTokens.successorWithinGrace(stored, now)
                                .map(successor -> activeCustomer(stored.customerId())
                                        .flatMap(customer -> pair(customer, stored.familyId(), successor, now)))
                                .orElseGet(() -> revoke(stored.customerId(), stored.familyId(), REPLAYED, now)
                                        .then(Mono.<TokenPair>empty()));
                    }
                    if (!stored.usableAt(now)) {
                        return Mono.<TokenPair>empty();
                    }
                    return activeCustomer(stored.customerId())
                            .flatMap(customer -> rotate(customer, token, stored.familyId(), now));
                });
        // An empty answer commits: a replay's revocation must hold though the caller gets a 401.
        return tx.transactional(rotation).switchIfEmpty(Mono.error(this::invalid));
    }

    /** Ends one session of the customer (sign-out): its refresh tokens, and its access tokens everywhere. */
    public Mono<Void> close(UUID customerId, UUID sessionId) {
        Instant now = clock.instant();
        return tx.transactional(revoke(customerId, sessionId, SIGNED_OUT, now))
                .then(Mono.fromRunnable(() -> revocations.revoke(customerId, sessionId, now)));
    }

    /** Ends every session of a customer. */
    public Mono<Void> closeAll(UUID customerId) {
        return refreshTokens.revokeAll(customerId, clock.instant());
    }

    private Mono<TokenPair> issue(Customer customer, UUID sessionId) {
        Instant now = clock.instant();
        return refreshTokens.create(customer.id(), sessionId, now)
                .zipWith(accessTokens.issue(customer, sessionId, now))
                .map(t -> TokenPair.bearer(t.getT2(), t.getT1(), AccessTokens.LIFETIME.toSeconds(),
                        customer.language()));
    }

    private Mono<TokenPair> rotate(Customer customer, String token, UUID sessionId, Instant now) {
        return refreshTokens.create(customer.id(), sessionId, now)
                .flatMap(successor -> refreshTokens.markRotated(token, successor, now)
                        .then(pair(customer, sessionId, successor, now)));
    }

    private Mono<TokenPair> pair(Customer customer, UUID sessionId, String refreshToken, Instant now) {
        return accessTokens.issue(customer, sessionId, now)
                .map(access -> TokenPair.bearer(access, refreshToken, AccessTokens.LIFETIME.toSeconds(),
                        customer.language()));
    }

    /**
     * Revokes the session and, if it was still open, tells every service (in the same transaction). A replay's
     * revocation is applied here at once, ahead of its commit: refusing a stolen session's tokens early is safe.
     */
    private Mono<Void> revoke(UUID customerId, UUID sessionId, String reason, Instant now) {
        return refreshTokens.revokeFamily(customerId, sessionId, now)
                .filter(wasOpen -> wasOpen)
                .flatMap(wasOpen -> outbox.append(IdentityEvents.SESSION_REVOKED, customerId, customerId,
                        new SessionRevoked(sessionId, now, reason)))
                .then(Mono.fromRunnable(() -> {
                    if (REPLAYED.equals(reason)) {
                        revocations.revoke(customerId, sessionId, now);
                    }
                }));
    }

    private Mono<Customer> activeCustomer(UUID customerId) {
        return customers.findById(customerId).filter(Customer::isActive);
    }

    private RuntimeException invalid() {
        return ProblemType.UNAUTHENTICATED.problem(Message.of("identity.refresh-token-invalid"));
    }
}
