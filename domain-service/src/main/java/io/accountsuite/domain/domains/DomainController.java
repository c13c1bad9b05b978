package io.accountsuite.domain.domains;

import java.net.IDN;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.accountsuite.platform.security.Caller;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A site's custom domains. */
@RestController
@RequiredArgsConstructor
class DomainController {

    private final CustomDomains domains;

    record NewDomain(String domain, Boolean primary) {
    }

    record Confirmation(Boolean confirm) {
    }

    record DomainView(UUID id, String domain, String displayName, boolean primary, String stage, boolean secure,
                      @Nullable Instant lastCheckAt, @Nullable String found, @Nullable String resolver,
                      @Nullable String certificateIssuer, @Nullable Instant certificateExpiresAt, boolean notInPlan) {
        static DomainView of(Domain d) {
            return new DomainView(d.id(), d.name(), IDN.toUnicode(d.name()), d.primary(), d.stage().value(), d.secure(),
                    d.lastCheckAt(), d.found(), d.resolver(), d.certIssuer(), d.certExpiresAt(), d.flagged());
        }
    }

    @GetMapping("/api/sites/{siteId}/domains")
    Mono<List<DomainView>> list(@PathVariable UUID siteId, Caller caller) {
        return domains.list(caller, siteId).map(all -> all.stream().map(DomainView::of).toList());
    }

    @GetMapping("/api/sites/{siteId}/domains/entitlement")
    Mono<CustomDomains.Entitlement> entitlement(@PathVariable UUID siteId, Caller caller) {
        return domains.entitlement(caller, siteId);
    }

    record SiteDomainsView(UUID siteId, List<DomainView> domains, CustomDomains.Entitlement entitlement) {
    }

    /**
     * The caller's sites with their domains and entitlement: the account page's domain blocks in one call (published
     * too, README); each entry has the shapes of the two calls above.
     */
    @GetMapping("/api/domains/overview")
    Flux<SiteDomainsView> overview(Caller caller) {
        return domains.ofCustomer(caller.customerId()).map(site -> new SiteDomainsView(site.siteId(),
                site.domains().stream().map(DomainView::of).toList(), site.entitlement()));
    }

    @PostMapping("/api/sites/{siteId}/domains")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<DomainView> add(@PathVariable UUID siteId, @RequestBody NewDomain body, Caller caller) {
        return domains.add(caller, siteId, body.domain(), Boolean.TRUE.equals(body.primary())).map(DomainView::of);
    }

    @PostMapping("/api/sites/{siteId}/domains/{domainId}/primary")
    Mono<DomainView> primary(@PathVariable UUID siteId, @PathVariable UUID domainId, @RequestBody Confirmation body,
                             Caller caller) {
        return domains.makePrimary(caller, siteId, domainId, body.confirm()).map(DomainView::of);
    }

    @PostMapping("/api/sites/{siteId}/domains/{domainId}/verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Void> verify(@PathVariable UUID siteId, @PathVariable UUID domainId, Caller caller) {
        return domains.checkAgain(caller, siteId, domainId);
    }

    @DeleteMapping("/api/sites/{siteId}/domains/{domainId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> remove(@PathVariable UUID siteId, @PathVariable UUID domainId, Caller caller) {
        return domains.remove(caller, siteId, domainId);
    }
}
