package io.accountsuite.domain.domains;

import java.util.UUID;

import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.web.ListQuery;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The network admin's view of every customer's domains, and their "check again" (issue 20's admin API). */
@RestController
@RequiredArgsConstructor
class AdminDomainController {

    private final Domains domains;
    private final CustomDomains customDomains;

    /**
     * Lists every customer's custom domains, newest first (role admin).
     *
     * {@code [AdminDomain]} newest first, at most {@code limit} (default 100, at most 500), filtered by {@code stage}
     * (checking-dns, checking-ssl-cert, done, failed, ssl-failed, done-without-ssl), {@code customerId} and
     * {@code trouble=true} (failed, ssl-failed, done-without-ssl); 400 {@code validation-failed} naming the
     * parameter for any other value.
     */
    @GetMapping("/api/admin/domains")
    Flux<AdminDomainViews.AdminDomain> list(@RequestParam(required = false) String stage,
                                            @RequestParam(required = false) String customerId,
                                            @RequestParam(required = false) String trouble,
                                            @RequestParam(required = false) String limit) {
        return domains.list(ListQuery.word(Domain.Stage.class, "stage", stage), ListQuery.id("customerId", customerId),
                ListQuery.yesNo("trouble", trouble), ListQuery.limit(limit)).map(AdminDomainViews.AdminDomain::of);
    }

    /**
     * Counts the network's custom domains by verification stage (role admin).
     *
     * {@code {counts: {<stage>: n, …every stage}, inTrouble: n}}.
     */
    @GetMapping("/api/admin/domains/summary")
    Mono<AdminDomainViews.Summary> summary() {
        return domains.countByStage().map(AdminDomainViews.Summary::of);
    }

    /**
     * Starts a domain's verification over now (role admin), as its owner's "check again".
     *
     * 202; 404 for an unknown domain.
     */
    @PostMapping("/api/admin/domains/{id}/verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Void> checkAgain(@PathVariable UUID id, Caller admin) {
        return customDomains.checkAgainAsAdmin(admin, id);
    }
}
