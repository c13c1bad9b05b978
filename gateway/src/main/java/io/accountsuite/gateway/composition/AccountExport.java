package io.accountsuite.gateway.composition;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.BillingClient;
import io.accountsuite.gateway.backend.Block;
import io.accountsuite.gateway.backend.DomainClient;
import io.accountsuite.gateway.backend.IdentityClient;
import io.accountsuite.gateway.backend.MembershipClient;
import io.accountsuite.gateway.backend.SiteClient;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * GET /api/account/export: everything the suite holds about the caller, gathered from every service as JSON. An
 * export must be whole, so unlike the page it does not degrade: a service that cannot answer makes it a 503.
 */
@RestController
@RequiredArgsConstructor
class AccountExport {

    private static final Duration PER_CALL = Duration.ofSeconds(5);

    private final IdentityClient identity;
    private final MembershipClient memberships;
    private final BillingClient billing;
    private final SiteClient sites;
    private final DomainClient domains;

    /**
     * Exports everything the suite holds about the caller, gathered from every service, as one JSON file.
     *
     * An attachment ({@code account-export.json}): profile, memberships, billing address, invoices, credit notes,
     * account credit, sites and domains. An export must be whole: a service that cannot answer (5 s each) makes it a
     * 503.
     */
    @ApiResponse(responseCode = "200", description = "The export, as an attachment")
    @ApiResponse(responseCode = "429", description = "too-many-requests: the caller already has as many composed "
            + "requests under way as allowed (gateway.composition.max-in-flight-per-customer); Retry-After: 1")
    @GetMapping("/api/account/export")
    Mono<ResponseEntity<Map<String, Object>>> export(@AuthenticationPrincipal Jwt caller) {
        String token = caller.getTokenValue();
        return Mono.zip(whole(identity.profile(token, PER_CALL), Backend.IDENTITY, Map.of()),
                        whole(memberships.memberships(token, PER_CALL), Backend.MEMBERSHIP, List.of()),
                        whole(billing.overview(token, PER_CALL), Backend.BILLING, Map.of()),
                        whole(sites.sites(token, PER_CALL), Backend.SITE, List.of()),
                        whole(domains.overview(token, PER_CALL), Backend.DOMAIN, List.of()))
                .map(t -> {
                    Map<?, ?> billing = (Map<?, ?>) t.getT3();
                    Map<String, Object> export = new LinkedHashMap<>();
                    export.put("profile", t.getT1());
                    export.put("memberships", t.getT2());
                    export.put("billingAddress", billing.get("address") == null ? Map.of() : billing.get("address"));
                    export.put("invoices", listOrEmpty(billing.get("invoices")));
                    export.put("creditNotes", listOrEmpty(billing.get("creditNotes")));
                    export.put("accountCredit", listOrEmpty(billing.get("accountCredit")));
                    export.put("sites", t.getT4());
                    export.put("domains", domainsOfEverySite(t.getT5()));
                    return ResponseEntity.ok()
                            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"account-export.json\"")
                            .body(export);
                });
    }

    private static Object listOrEmpty(@Nullable Object list) {
        return list == null ? List.of() : list;
    }

    /** domain-service's overview is one entry a site; the export lists the domains themselves. */
    private static List<Object> domainsOfEverySite(Object overview) {
        return ((List<?>) overview).stream()
                .<Object>flatMap(site -> ((List<?>) ((Map<?, ?>) site).get("domains")).stream())
                .toList();
    }

    /** One service's part; "none" (nothing there) is {@code empty}, "unavailable" fails the export. */
    private static Mono<Object> whole(Mono<Block> part, Backend backend, Object empty) {
        return part.flatMap(block -> block.required(empty, () -> unavailable(backend)));
    }

    private static ApiProblem unavailable(Backend backend) {
        return ProblemType.SERVICE_UNAVAILABLE.problem(Message.of("gateway.export.incomplete", backend.id()));
    }
}
