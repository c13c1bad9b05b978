package io.accountsuite.gateway.composition;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
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
class AccountExport {

    private static final Duration PER_CALL = Duration.ofSeconds(5);

    private final Backends backends;

    AccountExport(Backends backends) {
        this.backends = backends;
    }

    @GetMapping("/api/account/export")
    Mono<ResponseEntity<Map<String, Object>>> export(@AuthenticationPrincipal Jwt caller) {
        String token = caller.getTokenValue();
        return Mono.zip(part("identity", "/api/account/profile", token, Map.of()),
                        part("membership", "/api/memberships", token, List.of()),
                        part("billing", "/api/billing/address", token, Map.of()),
                        part("billing", "/api/billing/invoices", token, List.of()),
                        part("site", "/api/sites", token, List.of()))
                .flatMap(t -> domains(t.getT5(), token).map(domains -> {
                    Map<String, Object> export = new LinkedHashMap<>();
                    export.put("profile", t.getT1());
                    export.put("memberships", t.getT2());
                    export.put("billingAddress", t.getT3());
                    export.put("invoices", t.getT4());
                    export.put("sites", t.getT5());
                    export.put("domains", domains);
                    return ResponseEntity.ok()
                            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"account-export.json\"")
                            .body(export);
                }));
    }

    private Mono<List<Object>> domains(Object sites, String token) {
        return Flux.fromIterable((List<?>) sites)
                .concatMap(site -> part("domain", "/api/sites/" + ((Map<?, ?>) site).get("id") + "/domains", token,
                        List.of()))
                .<Object>flatMapIterable(list -> (List<?>) list)
                .collectList();
    }

    /** One service's part; "none" (nothing there) is {@code empty}, "unavailable" fails the export. */
    private Mono<Object> part(String backend, String path, String token, Object empty) {
        return backends.get(backend, path, token, PER_CALL)
                .flatMap(block -> block.required(empty, () -> unavailable(backend)));
    }

    private static ApiProblem unavailable(String backend) {
        return ProblemType.SERVICE_UNAVAILABLE.problem("The " + backend
                + " service cannot answer now, so the export would be incomplete; try again shortly");
    }
}
