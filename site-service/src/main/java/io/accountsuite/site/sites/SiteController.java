package io.accountsuite.site.sites;

import java.util.UUID;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.site.sites.SiteViews.SiteView;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** "About this site", "Site limits", and deleting a site. */
@RestController
@RequiredArgsConstructor
class SiteController {

    private final Sites sites;
    private final OwnedSites owned;
    private final SiteViews views;
    private final SiteDeletion deletion;

    record Deletion(Boolean confirm) {
    }

    /**
     * Lists the caller's sites with their address, template and limits against usage.
     *
     * Limits keyed diskMb, posts, pages, visitsPerMonth and users, each with its {@code usage}, {@code allowed} (null:
     * unlimited) and the {@code percent} used (null when unlimited); visits reset on {@code visitsResetOn} (SPEC
     * section 2).
     */
    @GetMapping("/api/sites")
    Flux<SiteView> mine(Caller caller) {
        return sites.ofCustomer(caller.customerId()).concatMap(views::of);
    }

    /**
     * Retrieves one of the caller's sites with its address, template and limits against usage.
     *
     * As {@code GET /api/sites} lists it; {@code unavailable} says why a site is not served (null while served).
     */
    @GetMapping("/api/sites/{id}")
    Mono<SiteView> one(@PathVariable UUID id, Caller caller) {
        return owned.find(caller, id).flatMap(views::of);
    }

    /**
     * Deletes the caller's site and its content; this cannot be undone.
     *
     * Confirmed with {@code confirm: true} (400 otherwise); 204. The membership and the account stay. Deleting a site
     * already deleted answers 204 again.
     */
    @PostMapping("/api/sites/{id}/deletion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable UUID id, @RequestBody Deletion body, Caller caller) {
        if (body == null || !Boolean.TRUE.equals(body.confirm())) {
            return Mono.error(ApiProblem.invalid("confirm", Message.of("site.delete.confirm")));
        }
        return deletion.delete(caller, id);
    }
}
