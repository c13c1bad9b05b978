package io.accountsuite.identity.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import io.accountsuite.identity.customer.EmailAddress;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Limits failed sign-ins per account and per client address over a sliding window, in the database so that every
 * instance counts the same failures. Past the limit, attempts answer 429 with {@code Retry-After} without checking
 * the password.
 */
@Component
public class LoginThrottle {

    private final DatabaseClient db;
    private final Clock clock;
    private final Duration window;
    private final int perAccount;
    private final int perAddress;

    public LoginThrottle(DatabaseClient db, Clock clock,
                         @Value("${identity.login.window:1m}") Duration window,
                         @Value("${identity.login.max-failures-per-account:10}") int perAccount,
                         @Value("${identity.login.max-failures-per-address:50}") int perAddress) {
        this.db = db;
        this.clock = clock;
        this.window = window;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Errors with 429 when this account or address has failed too often lately. */
    public Mono<Void> check(String email, String address) {
        Instant since = clock.instant().minus(window);
        return oldestBeyondLimit("account_key", accountKey(email), perAccount, since)
                .switchIfEmpty(oldestBeyondLimit("client_address", address, perAddress, since))
                .flatMap(oldest -> Mono.<Void>error(tooMany(oldest)));
    }

    public Mono<Void> recordFailure(String email, String address) {
        return db.sql("INSERT INTO login_failures (account_key, client_address, failed_at) VALUES (:k, :a, :at)")
                .bind("k", accountKey(email)).bind("a", address).bind("at", clock.instant())
                .fetch().rowsUpdated().then();
    }

    public Mono<Void> recordSuccess(String email) {
        return db.sql("DELETE FROM login_failures WHERE account_key = :k").bind("k", accountKey(email))
                .fetch().rowsUpdated().then();
    }

    /** Failures older than the window count for nothing; addresses are not kept longer than needed. */
    @Scheduled(fixedDelayString = "${identity.login.purge-interval:10m}")
    public void purge() {
        db.sql("DELETE FROM login_failures WHERE failed_at < :before")
                .bind("before", clock.instant().minus(window.multipliedBy(2)))
                .fetch().rowsUpdated().subscribe();
    }

    private Mono<Instant> oldestBeyondLimit(String column, String value, int limit, Instant since) {
        return db.sql("SELECT count(*) AS n, min(failed_at) AS oldest FROM login_failures WHERE " + column
                        + " = :v AND failed_at > :since")
                .bind("v", value).bind("since", since)
                .map(row -> new Window(row.get("n", Long.class), row.get("oldest", Instant.class)))
                .one()
                .filter(failures -> failures.count() >= limit)
                .map(Window::oldest);
    }

    private record Window(long count, Instant oldest) {
    }

    private ApiProblem tooMany(Instant oldest) {
        long retryAfter = Math.max(1, Duration.between(clock.instant(), oldest.plus(window)).toSeconds() + 1);
        return ProblemType.TOO_MANY_REQUESTS.problem("Too many failed sign-ins; try again in " + retryAfter + " s")
                .header("Retry-After", Long.toString(retryAfter));
    }

    /** A hash of the lower-cased email: the table never holds the address itself. */
    static String accountKey(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(EmailAddress.key(email == null ? "" : email).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
