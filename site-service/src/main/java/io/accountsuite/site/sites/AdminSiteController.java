package io.accountsuite.site.sites;

import io.accountsuite.platform.web.ListQuery;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** The network admin's list of every customer's sites (issue 20's admin API; role admin, as all /api/admin/**). */
@RestController
@RequiredArgsConstructor
class AdminSiteController {

    private final AdminSites sites;

    /**
     * Lists every customer's sites, newest first (role admin).
     *
     * {@code [AdminSite]} newest first, at most {@code limit} (default 100, at most 500), of {@code customerId} when
     * given; 400 {@code validation-failed} naming the parameter for any other value.
     */
    @GetMapping("/api/admin/sites")
    Flux<AdminSites.AdminSite> list(@RequestParam(required = false) String customerId,
                                    @RequestParam(required = false) String limit) {
        return sites.list(ListQuery.id("customerId", customerId), ListQuery.limit(limit));
    }
}
