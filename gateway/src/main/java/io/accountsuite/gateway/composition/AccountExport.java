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
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
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

    @GetMapping("/api/account/export")
    Mono<ResponseEntity<Map<String, Object>>> export(@AuthenticationPrincipal Jwt caller) {
        String token = caller.getTokenValue();
        return Mono.zip(whole(identity.profile(token, PER_CALL), Backend.IDENTITY, Map.of()),
                        whole(memberships.memberships(token, PER_CALL), Backend.MEMBERSHIP, List.of()),
                        whole(billing.address(token, PER_CALL), Backend.BILLING, Map.of()),
                        whole(billing.invoices(token, PER_CALL), Backend.BILLING, List.of()),
                        whole(billing.creditNotes(token, PER_CALL), Backend.BILLING, List.of()),
                        whole(billing.accountCredit(token, PER_CALL), Backend.BILLING, List.of()),
                        whole(sites.sites(token, PER_CALL), Backend.SITE, List.of()))
                .flatMap(t -> domains(t.getT7(), token).map(domains -> {
                    Map<String, Object> export = new LinkedHashMap<>();
                    export.put("profile", t.getT1());
                    export.put("memberships", t.getT2());
                    export.put("billingAddress", t.getT3());
                    export.put("invoices", t.getT4());
                    export.put("creditNotes", t.getT5());
                    export.put("accountCredit", t.getT6());
                    export.put("sites", t.getT7());
                    export.put("domains", domains);
                    return ResponseEntity.ok()
                            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"account-export.json\"")
                            .body(export);
                }));
    }

    private Mono<List<Object>> domains(Object sites, String token) {
        return Flux.fromIterable((List<?>) sites)
                .concatMap(site -> whole(domains.domains(token, PER_CALL, String.valueOf(((Map<?, ?>) site).get("id"))),
                        Backend.DOMAIN, List.of()))
                .<Object>flatMapIterable(list -> (List<?>) list)
                .collectList();
    }

    /** One service's part; "none" (nothing there) is {@code empty}, "unavailable" fails the export. */
    private static Mono<Object> whole(Mono<Block> part, Backend backend, Object empty) {
        return part.flatMap(block -> block.required(empty, () -> unavailable(backend)));
    }

    private static ApiProblem unavailable(Backend backend) {
        return ProblemType.SERVICE_UNAVAILABLE.problem("The " + backend.id()
                + " service cannot answer now, so the export would be incomplete; try again shortly");
    }
}
