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
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.schedule.BackgroundPoller;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Limits sign-in attempts per account and per client address, and registrations per client address, over a sliding
 * window, in the database so that every instance counts the same (OWASP ASVS v5 6.3.1). An attempt is counted before
 * the password is checked (or hashed): each request records its attempt, then counts what is recorded, so parallel
 * guesses cannot get past the limit together. Past it, requests answer 429 with {@code Retry-After}. A successful
 * sign-in clears the account's count. The table never holds an email, only its hash.
 */
@Component
public class LoginThrottle {

    private static final String SIGN_IN = "sign-in";
    private static final String REGISTRATION = "registration";

    private final DatabaseClient db;
    private final Clock clock;
    private final BackgroundPoller purges = new BackgroundPoller("sign-in attempts purge", Duration.ofMinutes(5));
    private final Duration window;
    private final int perAccount;
    private final int perAddress;
    private final Duration registrationWindow;
    private final int registrationsPerAddress;

    public LoginThrottle(DatabaseClient db, Clock clock, ThrottleSettings settings) {
        this.db = db;
        this.clock = clock;
        this.window = settings.login().window();
        this.perAccount = settings.login().maxFailuresPerAccount();
        this.perAddress = settings.login().maxFailuresPerAddress();
        this.registrationWindow = settings.registration().window();
        this.registrationsPerAddress = settings.registration().maxPerAddress();
    }

    /** Records a sign-in attempt (or a password confirmation) and errors with 429 when it is one too many. */
    public Mono<Void> claimSignIn(String email, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        return record(SIGN_IN, accountKey(email), address, now)
                .then(overLimit("account_key = :v AND kind = 'sign-in'", accountKey(email), perAccount, since))
                .switchIfEmpty(overLimit("client_address = :v AND kind = 'sign-in'", address, perAddress, since))
                .flatMap(oldest -> Mono.<Void>error(tooMany(oldest, window, "identity.login.too-many")));
    }

    /** Records a registration from the address and errors with 429 when it is one too many. */
    public Mono<Void> claimRegistration(String address) {
        Instant now = clock.instant();
        return record(REGISTRATION, REGISTRATION, address, now)
                .then(overLimit("client_address = :v AND kind = 'registration'", address, registrationsPerAddress,
                        now.minus(registrationWindow)))
                .flatMap(oldest -> Mono.<Void>error(
                        tooMany(oldest, registrationWindow, "identity.registration.too-many")));
    }

    /** A successful sign-in: the account's attempts count for nothing any more. */
    public Mono<Void> recordSuccess(String email) {
        return db.sql("DELETE FROM throttled_attempts WHERE account_key = :k AND kind = 'sign-in'")
                .bind("k", accountKey(email)).fetch().rowsUpdated().then();
    }

    /** Attempts older than their window count for nothing; addresses are not kept longer than needed. */
    @Scheduled(fixedDelayString = "${identity.login.purge-interval:10m}")
    public void purge() {
        Duration longest = window.compareTo(registrationWindow) > 0 ? window : registrationWindow;
        purges.pass(() -> db.sql("DELETE FROM throttled_attempts WHERE attempted_at < :before")
                .bind("before", clock.instant().minus(longest.multipliedBy(2)))
                .fetch().rowsUpdated());
    }

    private Mono<Void> record(String kind, String accountKey, String address, Instant at) {
        return db.sql("INSERT INTO throttled_attempts (kind, account_key, client_address, attempted_at)"
                        + " VALUES (:kind, :k, :a, :at)")
                .bind("kind", kind).bind("k", accountKey).bind("a", address).bind("at", at)
                .fetch().rowsUpdated().then();
    }

    /** The oldest attempt in the window when there are more than {@code limit} (this one included). */
    private Mono<Instant> overLimit(String where, String value, int limit, Instant since) {
        return db.sql("SELECT count(*) AS n, min(attempted_at) AS oldest FROM throttled_attempts WHERE " + where
                        + " AND attempted_at > :since")
                .bind("v", value).bind("since", since)
                .map(row -> new Window(row.get("n", Long.class), row.get("oldest", Instant.class)))
                .one()
                .filter(attempts -> attempts.count() > limit)
                .map(Window::oldest);
    }

    private record Window(long count, Instant oldest) {
    }

    private ApiProblem tooMany(Instant oldest, Duration window, String key) {
        long retryAfter = Math.max(1, Duration.between(clock.instant(), oldest.plus(window)).toSeconds() + 1);
        return ProblemType.TOO_MANY_REQUESTS.problem(Message.of(key, retryAfter))
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
