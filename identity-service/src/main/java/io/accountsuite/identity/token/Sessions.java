package io.accountsuite.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Customers;
import io.accountsuite.platform.problem.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Sign-in sessions: a family of rotating refresh tokens and the access tokens issued from them. */
@Service
public class Sessions {

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Customers customers;
    private final TransactionalOperator tx;
    private final Clock clock;

    public Sessions(AccessTokens accessTokens, RefreshTokens refreshTokens, Customers customers,
                    TransactionalOperator tx, Clock clock) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.customers = customers;
        this.tx = tx;
        this.clock = clock;
    }

    /** A new session for a customer who just proved who they are. */
    public Mono<TokenPair> open(Customer customer) {
        return issue(customer, UUID.randomUUID());
    }

    /**
     * Rotates a refresh token. A token already rotated is a replay: the whole session is revoked. Ending sessions
     * (password change, deletion) revokes their tokens, so a revoked token never works again.
     */
    public Mono<TokenPair> refresh(String token) {
        Instant now = clock.instant();
        Mono<Rotation> rotation = refreshTokens.lock(token)
                .switchIfEmpty(Mono.error(this::invalid))
                .flatMap(stored -> {
                    if (stored.wasRotated()) {
                        return refreshTokens.revokeFamily(stored.familyId(), now)
                                .thenReturn(Rotation.replayed(stored.customerId()));
                    }
                    if (!stored.usableAt(now)) {
                        return Mono.just(Rotation.refused(stored.customerId()));
                    }
                    return customers.findById(stored.customerId())
                            .filter(Customer::isActive)
                            .flatMap(customer -> refreshTokens.markRotated(token, now)
                                    .then(issue(customer, stored.familyId()))
                                    .map(pair -> Rotation.rotated(customer.id(), pair)))
                            .defaultIfEmpty(Rotation.refused(stored.customerId()));
                });
        // The replay's revocation must commit even though the caller gets an error.
        return tx.transactional(rotation).flatMap(result -> result.pair() == null
                ? Mono.error(invalid()) : Mono.just(result.pair()));
    }

    /** Ends one session (logout). */
    public Mono<Void> close(UUID sessionId) {
        return refreshTokens.revokeFamily(sessionId, clock.instant());
    }

    /** Ends every session of a customer. */
    public Mono<Void> closeAll(UUID customerId) {
        return refreshTokens.revokeAll(customerId, clock.instant());
    }

    private Mono<TokenPair> issue(Customer customer, UUID sessionId) {
        Instant now = clock.instant();
        return refreshTokens.create(customer.id(), sessionId, now)
                .zipWith(accessTokens.issue(customer, sessionId, now))
                .map(t -> TokenPair.bearer(t.getT2(), t.getT1(), AccessTokens.LIFETIME.toSeconds()));
    }

    private RuntimeException invalid() {
        return ProblemType.UNAUTHENTICATED.problem("The refresh token is not valid; sign in again");
    }

    private record Rotation(UUID customerId, TokenPair pair, boolean replay) {
        static Rotation rotated(UUID customerId, TokenPair pair) {
            return new Rotation(customerId, pair, false);
        }

        static Rotation replayed(UUID customerId) {
            return new Rotation(customerId, null, true);
        }

        static Rotation refused(UUID customerId) {
            return new Rotation(customerId, null, false);
        }
    }
}
