package io.accountsuite.identity.password;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.validation.PlainText;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Password hashing with argon2id at OWASP's parameters (19 MiB, 2 iterations, parallelism 1), off the event loop.
 * Each hash holds 19 MiB while it runs, so at most {@link #concurrency()} run at once, sized from the heap: a crowd
 * of sign-ins waits for a free slot for at most {@code wait}, then is refused with 503 and {@code Retry-After}
 * instead of exhausting the heap (OWASP ASVS v5 6.2; issue: twenty parallel sign-ins ended the service).
 */
public class Passwords {

    /** The memory one argon2id hash holds, in bytes (OWASP's 19 MiB). */
    static final long HASH_MEMORY = 19L * 1024 * 1024;

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final Semaphore slots;
    private final int concurrency;
    private final Duration wait;
    /** Verified against when the email is unknown, so that answer takes as long as a wrong password. */
    private final String decoy = encoder.encode("decoy password for unknown accounts");

    /**
     * @param concurrency hashes allowed at once; 0 sizes it from the heap (a third of it, 1 to 16)
     * @param wait        how long a hash may wait for a free slot before the request is refused (503)
     */
    public Passwords(int concurrency, Duration wait) {
        this.concurrency = concurrency > 0 ? concurrency : fromHeap(Runtime.getRuntime().maxMemory());
        this.slots = new Semaphore(this.concurrency, true);
        this.wait = wait;
    }

    /** A third of the heap for hashing, in whole hashes, never fewer than one nor more than 16. */
    static int fromHeap(long maxHeapBytes) {
        return (int) Math.max(1, Math.min(16, maxHeapBytes / 3 / HASH_MEMORY));
    }

    public int concurrency() {
        return concurrency;
    }

    public Mono<String> hash(String password) {
        return bounded(() -> encoder.encode(password));
    }

    /**
     * Whether {@code password} is the one {@code hash} was made of. A password with a lone surrogate (not text; see
     * {@link PlainText#isWellFormed}) matches nothing, after the same work as any other check.
     */
    public Mono<Boolean> matches(String password, String hash) {
        boolean wellFormed = PlainText.isWellFormed(password);
        String checked = wellFormed ? password : new String(password.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        return bounded(() -> encoder.matches(checked, hash) && wellFormed);
    }

    /** Spends the same work as a real check and answers false. */
    public Mono<Boolean> matchesNothing(String password) {
        return matches(password, decoy).map(ignored -> false);
    }

    /** True when the hash was made with weaker parameters than today's and should be redone at sign-in. */
    public boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private <T> Mono<T> bounded(Callable<T> work) {
        return Mono.fromCallable(() -> {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ProblemType.SERVICE_UNAVAILABLE.problem(Message.of("identity.sign-ins-busy"))
                        .header("Retry-After", "1");
            }
            try {
                return work.call();
            } finally {
                slots.release();
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
