package io.accountsuite.domain.domains;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.accountsuite.contracts.domain.DomainEvents;
import io.accountsuite.contracts.domain.DomainEvents.DomainAdded;
import io.accountsuite.contracts.domain.DomainEvents.DomainCountChanged;
import io.accountsuite.contracts.domain.DomainEvents.DomainRemoved;
import io.accountsuite.contracts.domain.DomainEvents.PrimaryDomainChanged;
import io.accountsuite.domain.DomainProblems;
import io.accountsuite.domain.name.DomainName;
import io.accountsuite.domain.settings.DomainSettings;
import io.accountsuite.domain.settings.Settings;
import io.accountsuite.platform.audit.AdminAudit;
import io.accountsuite.platform.outbox.Outbox;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemMessages;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A site's custom domains: added when the network and the plan allow it, unique across the network, at most one
 * primary (by the database as much as by this code), every action checked against the site's owner.
 */
@Service
@RequiredArgsConstructor
public class CustomDomains {

    private final Domains domains;
    private final Settings settings;
    private final Outbox outbox;
    private final AdminAudit audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public Mono<List<Domain>> list(Caller caller, UUID siteId) {
        return owned(caller, siteId).then(domains.ofSite(siteId).collectList());
    }

    /** Whether the site may add custom domains now, and if not, why (the network, the plan, or payment). */
    public record Entitlement(boolean allowed, @Nullable String reason) {
    }

    public Mono<Entitlement> entitlement(Caller caller, UUID siteId) {
        return owned(caller, siteId).flatMap(site -> settings.current().map(s -> entitlement(site, s)));
    }

    /** One site's domains and its entitlement to add another, as the account page shows them. */
    public record SiteDomains(UUID siteId, List<Domain> domains, Entitlement entitlement) {
    }

    /**
     * Every site of the customer known here with its domains and entitlement, in one answer for the account page
     * (one call a service a page, issue 17); a site not known here yet is missing, as it would answer 404 alone.
     */
    public Flux<SiteDomains> ofCustomer(UUID customerId) {
        return settings.current().flatMapMany(s -> domains.accessOfCustomer(customerId)
                .concatMap(site -> domains.ofSite(site.siteId()).collectList()
                        .map(all -> new SiteDomains(site.siteId(), all, entitlement(site, s)))));
    }

    private static Entitlement entitlement(Domains.SiteAccess site, DomainSettings s) {
        Message refusal = refusal(site, s);
        return refusal == null ? new Entitlement(true, null)
                : new Entitlement(false, ProblemMessages.standard().text(refusal, ProblemMessages.DEFAULT));
    }

    /** Why the site may not have custom domains, or null when it may. */
    private static Message refusal(Domains.SiteAccess site, DomainSettings s) {
        if (!s.mappingEnabled()) {
            return Message.of("domain.entitlement.network");
        }
        if (!site.customDomainsAllowed()) {
            return Message.of("domain.entitlement.plan");
        }
        if (!site.served()) {
            // SPEC: nothing paid for is granted before it is paid.
            return Message.of("domain.entitlement.unpaid");
        }
        return null;
    }

    public Mono<Domain> add(Caller caller, UUID siteId, String rawName, boolean primary) {
        return owned(caller, siteId).flatMap(site -> settings.current().flatMap(s -> {
            Message refusal = refusal(site, s);
            if (refusal != null) {
                return Mono.error(DomainProblems.CUSTOM_DOMAINS_NOT_ALLOWED.problem(refusal));
            }
            DomainName.Parsed parsed = DomainName.parse(rawName, s.networkDomain());
            if (parsed.name().isEmpty()) {
                return Mono.error(ApiProblem.invalid("domain", parsed.problem()));
            }
            Instant now = clock.instant();
            Domain domain = Domain.added(siteId, site.customerId(), parsed.name().get().ascii(), now);
            return tx.transactional(domains.lockSite(siteId).then(domains.insert(domain))
                            .flatMap(added -> primary ? domains.setPrimary(siteId, added.id()) : Mono.empty())
                            .then(outbox.append(DomainEvents.DOMAIN_ADDED, site.customerId(), domain.id(),
                                    new DomainAdded(domain.id(), siteId, primary)))
                            .then(countChanged(site))
                            .then(domains.find(domain.id())))
                    .onErrorMap(DuplicateKeyException.class, e -> duplicate(e, domain.name()));
        }));
    }

    public Mono<Domain> makePrimary(Caller caller, UUID siteId, UUID domainId, Boolean confirm) {
        if (!Boolean.TRUE.equals(confirm)) {
            return Mono.error(ApiProblem.invalid("confirm", Message.of("domain.primary.confirm")));
        }
        return owned(caller, siteId).flatMap(site -> tx.transactional(domains.lockSite(siteId).collectList()
                .flatMap(locked -> locked.stream().filter(d -> d.id().equals(domainId)).findFirst()
                        .map(Mono::just).orElseGet(() -> Mono.error(ApiProblem.notFound("domain"))))
                .flatMap(domain -> domains.setPrimary(siteId, domainId)
                        .then(outbox.append(DomainEvents.PRIMARY_DOMAIN_CHANGED, site.customerId(), domainId,
                                new PrimaryDomainChanged(domainId, siteId)))
                        .then(domains.find(domainId)))));
    }

    public Mono<Void> remove(Caller caller, UUID siteId, UUID domainId) {
        return owned(caller, siteId).flatMap(site -> tx.transactional(domains.lockSite(siteId).collectList()
                .flatMap(locked -> locked.stream().filter(d -> d.id().equals(domainId)).findFirst()
                        .map(Mono::just).orElseGet(() -> Mono.error(ApiProblem.notFound("domain"))))
                .flatMap(domain -> domains.delete(domainId)
                        .then(outbox.append(DomainEvents.DOMAIN_REMOVED, site.customerId(), domainId,
                                new DomainRemoved(domainId, siteId)))
                        .then(countChanged(site)))));
    }

    /** The owner's "check again": verification of their site's domain starts over now, whatever its stage. */
    public Mono<Void> checkAgain(Caller caller, UUID siteId, UUID domainId) {
        return owned(caller, siteId).then(domains.find(domainId))
                .filter(d -> d.siteId().equals(siteId))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("domain")))
                .flatMap(this::checkAgain).then();
    }

    /**
     * The network admin's "check again" of any customer's domain (issue 20): what the owner's does, in one
     * transaction with its audit entry {@code domain-check-requested} (before and after: the stage and attempts).
     *
     * @return completes once recorded; 404 {@code not-found} for an unknown domain
     */
    public Mono<Void> checkAgainAsAdmin(Caller admin, UUID domainId) {
        return tx.transactional(domains.lock(domainId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("domain")))
                .flatMap(before -> checkAgain(before).flatMap(after -> audit.record(admin, "domain-check-requested",
                        before.customerId(), "domain " + before.id(), CheckState.of(before), CheckState.of(after)))));
    }

    /** What an audit entry keeps of a domain's verification (the name only there: erasure empties it). */
    private record CheckState(String domain, String stage, int attempts) {
        static CheckState of(Domain d) {
            return new CheckState(d.name(), d.stage().value(), d.attempts());
        }
    }

    private Mono<Domain> checkAgain(Domain domain) {
        Domain again = domain.checkAgain(clock.instant());
        return domains.recheck(again).thenReturn(again);
    }

    /** Which unique index refused the row: the network-wide name, or the site's one primary domain. */
    private static ApiProblem duplicate(DuplicateKeyException e, String name) {
        if (String.valueOf(e.getMessage()).contains("domains_one_primary")) {
            return DomainProblems.PRIMARY_DOMAIN_CHANGED.problem(Message.of("domain.primary.changed", name));
        }
        return DomainProblems.DOMAIN_TAKEN.problem(Message.of("domain.taken", name))
                .field("domain", Message.of("domain.in-use"));
    }

    private Mono<Void> countChanged(Domains.SiteAccess site) {
        return domains.count(site.siteId()).flatMap(n -> outbox.append(DomainEvents.DOMAIN_COUNT_CHANGED,
                site.customerId(), site.siteId(), new DomainCountChanged(site.siteId(), site.membershipId(),
                        n.intValue()))).then();
    }

    /** The caller's site, or 404 as if it did not exist (also when the site is not known here yet). */
    private Mono<Domains.SiteAccess> owned(Caller caller, UUID siteId) {
        return domains.siteAccess(siteId).filter(site -> caller.is(site.customerId()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("site")));
    }
}
