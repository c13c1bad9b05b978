package io.accountsuite.domain.domains;

import java.net.IDN;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.accountsuite.platform.security.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    /**
     * Lists the custom domains of the caller's site with their flags and verification stage.
     *
     * Each domain: its ASCII name and display name (Unicode), whether it is primary, whether it is served securely (a
     * certificate was found), its stage (checking-dns, checking-ssl-cert, done, failed, ssl-failed, done-without-ssl),
     * the last check and what it found, and {@code notInPlan} when the plan no longer allows custom domains.
     */
    @GetMapping("/api/sites/{siteId}/domains")
    Mono<List<DomainView>> list(@PathVariable UUID siteId, Caller caller) {
        return domains.list(caller, siteId).map(all -> all.stream().map(DomainView::of).toList());
    }

    /**
     * Tells whether the caller's site may add custom domains now, and if not why.
     *
     * {@code allowed}; {@code reason}: the network, the plan or an unpaid membership (null when allowed).
     */
    @GetMapping("/api/sites/{siteId}/domains/entitlement")
    Mono<CustomDomains.Entitlement> entitlement(@PathVariable UUID siteId, Caller caller) {
        return domains.entitlement(caller, siteId);
    }

    record SiteDomainsView(UUID siteId, List<DomainView> domains, CustomDomains.Entitlement entitlement) {
    }

    /**
     * Lists the caller's sites with their custom domains and entitlement: the account page's domain blocks in one call.
     *
     * Published too (README); each entry has the shapes of the two calls above.
     */
    @GetMapping("/api/domains/overview")
    Flux<SiteDomainsView> overview(Caller caller) {
        return domains.ofCustomer(caller.customerId()).map(site -> new SiteDomainsView(site.siteId(),
                site.domains().stream().map(DomainView::of).toList(), site.entitlement()));
    }

    /**
     * Adds a custom domain to the caller's site, optionally as its primary domain.
     *
     * 201 with the domain, whose verification starts: DNS (a CNAME to the network's domain or an A record to its
     * address, {@code GET /api/domains/instructions}), then the certificate. A Unicode name is kept as its ASCII form
     * (IDNA).
     */
    @ApiResponse(responseCode = "403", description = "custom-domains-not-allowed: the network, the plan or an unpaid "
            + "membership does not allow them (reason in detail)")
    @ApiResponse(responseCode = "409", description = "domain-taken: a site on this network already uses the domain; "
            + "primary-domain-changed: another domain became primary at the same time")
    @PostMapping("/api/sites/{siteId}/domains")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<DomainView> add(@PathVariable UUID siteId, @RequestBody NewDomain body, Caller caller) {
        return domains.add(caller, siteId, body.domain(), Boolean.TRUE.equals(body.primary())).map(DomainView::of);
    }

    /**
     * Makes a domain the primary domain of the caller's site; visitors are then sent to it.
     *
     * Confirmed with {@code confirm: true} (400 otherwise); the former primary domain stays as an alias.
     */
    @PostMapping("/api/sites/{siteId}/domains/{domainId}/primary")
    Mono<DomainView> primary(@PathVariable UUID siteId, @PathVariable UUID domainId, @RequestBody Confirmation body,
                             Caller caller) {
        return domains.makePrimary(caller, siteId, domainId, body.confirm()).map(DomainView::of);
    }

    /** Starts the verification of a domain of the caller's site over now ("check again"), whatever its stage. */
    @PostMapping("/api/sites/{siteId}/domains/{domainId}/verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Void> verify(@PathVariable UUID siteId, @PathVariable UUID domainId, Caller caller) {
        return domains.checkAgain(caller, siteId, domainId);
    }

    /** Removes a custom domain from the caller's site. */
    @DeleteMapping("/api/sites/{siteId}/domains/{domainId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> remove(@PathVariable UUID siteId, @PathVariable UUID domainId, Caller caller) {
        return domains.remove(caller, siteId, domainId);
    }
}
