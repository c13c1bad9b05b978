package io.accountsuite.identity.password;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Password hashing with argon2id at OWASP's parameters (19 MiB, 2 iterations, parallelism 1). Hashing is
 * deliberately slow, so it runs off the event loop.
 */
public class Passwords {

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** Verified against when the email is unknown, so that answer takes as long as a wrong password. */
    private final String decoy = encoder.encode("decoy password for unknown accounts");

    public Mono<String> hash(String password) {
        return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    public Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> encoder.matches(password, hash)).subscribeOn(Schedulers.boundedElastic());
    }

    /** Spends the same work as a real check and answers false. */
    public Mono<Boolean> matchesNothing(String password) {
        return matches(password, decoy).map(ignored -> false);
    }

    /** True when the hash was made with weaker parameters than today's and should be redone at sign-in. */
    public boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }
}
