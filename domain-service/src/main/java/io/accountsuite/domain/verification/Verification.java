package io.accountsuite.domain.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

import io.accountsuite.contracts.domain.DomainEvents;
import io.accountsuite.contracts.domain.DomainEvents.DomainStageChanged;
import io.accountsuite.domain.domains.Domain;
import io.accountsuite.domain.domains.Domain.Stage;
import io.accountsuite.domain.domains.Domains;
import io.accountsuite.domain.settings.DomainSettings;
import io.accountsuite.domain.settings.Settings;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.schedule.BackgroundPoller;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
public class Verification {

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
    private final BackgroundPoller poller = new BackgroundPoller("domain verification", Duration.ofMinutes(5));

    @Scheduled(fixedDelayString = "${domain.verification-poll-interval:1s}")
    public void poll() {
        poller.pass(() -> settings.current().flatMap(this::checkDue));
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
        if (d.stage() == Stage.CHECKING_DNS) {
            return Mono.fromCallable(() -> dns.check(d.name(), s.networkDomain(), s.networkIpv4(), s.networkIpv6()))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(r -> current -> record(current, r.passed() ? current.passDns(r.found(), r.resolver(), now)
                            : retryOrFail(current, s, s.dnsAttempts(), Stage.FAILED, r.found(), r.resolver(), now)));
        }
        if (d.stage() == Stage.CHECKING_SSL) {
            String verified = s.networkIpv4() != null ? s.networkIpv4() : s.networkIpv6();
            Stage end = s.allowPlainHttp() ? Stage.DONE_WITHOUT_SSL : Stage.SSL_FAILED;
            return Mono.fromCallable(() -> tls.check(d.name(), verified))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(r -> current -> record(current, r.passed() ? current.passTls(r.issuer(), r.expiresAt(), now)
                            : retryOrFail(current, s, s.sslAttempts(), end, null, null, now)));
        }
        return Mono.just(current -> record(current, current.settled(now)));
    }

    /** Another attempt later (backing off from the check interval, doubling up to an hour), or the end stage. */
    private static Domain retryOrFail(Domain d, DomainSettings s, int maxAttempts, Stage end, String found,
                                      String resolver, Instant now) {
        int attempts = d.attempts() + 1;
        if (attempts >= maxAttempts) {
            return d.fail(end, found, resolver, now);
        }
        Duration wait = s.checkInterval().multipliedBy(1L << Math.min(attempts - 1, 16));
        return d.retry(now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait), found, resolver, now);
    }

    /** Writes the domain as the check left it; tells the customer's page when its stage or what DNS found changed. */
    private Mono<Void> record(Domain before, Domain after) {
        boolean visible = after.stage() != before.stage() || !Objects.equals(after.found(), before.found());
        return domains.recordCheck(after).then(visible ? announce(after) : Mono.empty());
    }

    /** The name and what DNS answered go out only once verification ends, for the customer's email. */
    private Mono<Void> announce(Domain d) {
        boolean ended = d.stage().ended();
        return outbox.append(DomainEvents.DOMAIN_STAGE_CHANGED, d.customerId(), d.id(),
                new DomainStageChanged(d.id(), d.siteId(), d.stage().value(), ended ? d.name() : null,
                        ended ? d.found() : null)).then();
    }
}
