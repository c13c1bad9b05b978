package io.accountsuite.domain.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * doubling, at most an hour). Each domain is checked by one instance at a time ({@code SKIP LOCKED}); every stage
 * change is announced for the page.
 */
@Component
public class Verification {

    private static final Logger log = LoggerFactory.getLogger(Verification.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

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
        return tx.transactional(domains.claimDue(clock.instant()).flatMap(d -> check(d, s).thenReturn(true)))
                .flatMap(checked -> checkDue(s));
    }

    private Mono<Void> check(Domain d, DomainSettings s) {
        Instant now = clock.instant();
        if (Domain.CHECKING_DNS.equals(d.stage())) {
            return Mono.fromCallable(() -> dns.check(d.name(), s.networkDomain(), s.networkIpv4(), s.networkIpv6()))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(r -> r.passed()
                            ? move(d, Domain.CHECKING_SSL, 0, now, r.found(), r.resolver(), null, null, null)
                            : retryOr(d, s, s.dnsAttempts(), Domain.FAILED, r.found(), r.resolver(), now));
        }
        if (Domain.CHECKING_SSL.equals(d.stage())) {
            return Mono.fromCallable(() -> tls.check(d.name()))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(r -> r.passed()
                            ? move(d, Domain.DONE, 0, null, null, null, true, r.issuer(), r.expiresAt())
                            : retryOr(d, s, s.sslAttempts(), s.allowPlainHttp() ? Domain.DONE_WITHOUT_SSL
                                    : Domain.SSL_FAILED, null, null, now));
        }
        return domains.recordCheck(d, d.stage(), d.attempts(), null, null, null, null, null, null, now);
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
