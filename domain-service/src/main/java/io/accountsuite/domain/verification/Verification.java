package io.accountsuite.domain.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import io.accountsuite.contracts.domain.DomainEvents;
import io.accountsuite.contracts.domain.DomainEvents.DomainStageChanged;
import io.accountsuite.domain.domain.Domain;
import io.accountsuite.domain.domain.Domains;
import io.accountsuite.domain.settings.DomainSettings;
import io.accountsuite.domain.settings.Settings;
import io.accountsuite.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Moves domains through verification: checking-dns → checking-ssl-cert → done, or failed / ssl-failed after the
 * configured attempts (done-without-ssl when the network allows plain HTTP). Re-checks back off (the interval
 * doubling, at most an hour). An instance claims a due domain in a short transaction, leasing it for
 * {@link #LEASE} so that no other instance checks it meanwhile, then talks to DNS and TLS with no transaction open,
 * then records the result in a second one, unless the domain was removed or re-checked meanwhile. Every stage change
 * is announced for the page.
 */
@Component
public class Verification {

    private static final Logger log = LoggerFactory.getLogger(Verification.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** Longer than a DNS check (3 s per lookup, a few lookups) and a TLS handshake (5 s to connect, 5 s to read). */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final Domains domains;
    private final Settings settings;
    private final DnsCheck dns;
    private final TlsCheck tls;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final AtomicBoolean busy = new AtomicBoolean();

    public Verification(Domains domains, Settings settings, DnsCheck dns, TlsCheck tls, Outbox outbox,
                        TransactionalOperator tx, Clock clock) {
        this.domains = domains;
        this.settings = settings;
        this.dns = dns;
        this.tls = tls;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${domain.verification-poll-interval:1s}")
    public void poll() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            settings.current().flatMap(this::checkDue)
                    .onErrorResume(e -> {
                        log.warn("domain verification: {}", e.toString());
                        return Mono.empty();
                    })
                    .block(Duration.ofMinutes(5));
        } finally {
            busy.set(false);
        }
    }

    private Mono<Void> checkDue(DomainSettings s) {
        Instant now = clock.instant();
        return tx.transactional(domains.claimDue(now, now.plus(LEASE)))
                .flatMap(claimed -> check(claimed, s)
                        .flatMap(recording -> tx.transactional(domains.lockIfStill(claimed).flatMap(recording)))
                        .thenReturn(true))
                .flatMap(checked -> checkDue(s));
    }

    /** Checks the claimed domain (DNS or TLS I/O, outside any transaction); answers how to record the result. */
    private Mono<Function<Domain, Mono<Void>>> check(Domain d, DomainSettings s) {
        Instant now = clock.instant();
        if (Domain.CHECKING_DNS.equals(d.stage())) {
            return Mono.fromCallable(() -> dns.check(d.name(), s.networkDomain(), s.networkIpv4(), s.networkIpv6()))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(r -> current -> r.passed()
                            ? move(current, Domain.CHECKING_SSL, 0, now, r.found(), r.resolver(), null, null, null)
                            : retryOr(current, s, s.dnsAttempts(), Domain.FAILED, r.found(), r.resolver(), now));
        }
        if (Domain.CHECKING_SSL.equals(d.stage())) {
            String verified = s.networkIpv4() != null ? s.networkIpv4() : s.networkIpv6();
            return Mono.fromCallable(() -> tls.check(d.name(), verified))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(r -> current -> r.passed()
                            ? move(current, Domain.DONE, 0, null, null, null, true, r.issuer(), r.expiresAt())
                            : retryOr(current, s, s.sslAttempts(), s.allowPlainHttp() ? Domain.DONE_WITHOUT_SSL
                                    : Domain.SSL_FAILED, null, null, now));
        }
        return Mono.just(current -> domains.recordCheck(current, current.stage(), current.attempts(), null, null, null,
                null, null, null, now));
    }

    /** Another attempt later, or the given final stage when the attempts are used up. */
    private Mono<Void> retryOr(Domain d, DomainSettings s, int maxAttempts, String finalStage, String found,
                               String resolver, Instant now) {
        int attempts = d.attempts() + 1;
        if (attempts >= maxAttempts) {
            return move(d, finalStage, attempts, null, found, resolver, finalStage.equals(Domain.DONE_WITHOUT_SSL)
                    ? false : null, null, null);
        }
        Duration wait = s.checkInterval().multipliedBy(1L << Math.min(attempts - 1, 16));
        Instant next = now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        return domains.recordCheck(d, d.stage(), attempts, next, found, resolver, null, null, null, now)
                .then(found != null && !found.equals(d.found()) ? announce(d, d.stage(), found) : Mono.empty());
    }

    private Mono<Void> move(Domain d, String stage, int attempts, Instant next, String found, String resolver,
                            Boolean secure, String issuer, Instant expires) {
        return domains.recordCheck(d, stage, attempts, next, found, resolver, secure, issuer, expires, clock.instant())
                .then(announce(d, stage, found == null ? d.found() : found));
    }

    private Mono<Void> announce(Domain d, String stage, String found) {
        return outbox.append(DomainEvents.DOMAIN_STAGE_CHANGED, d.customerId(), d.id(),
                new DomainStageChanged(d.id(), d.siteId(), stage)).then();
    }
}
