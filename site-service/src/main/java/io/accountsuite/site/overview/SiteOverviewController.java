package io.accountsuite.site.overview;

import java.util.List;
import java.util.Optional;

import io.accountsuite.platform.security.Caller;
import io.accountsuite.site.sites.Site;
import io.accountsuite.site.sites.SiteViews;
import io.accountsuite.site.sites.SiteViews.SiteView;
import io.accountsuite.site.sites.Sites;
import io.accountsuite.site.switching.TemplateSwitching;
import io.accountsuite.site.switching.TemplateView;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The account page's site blocks in one call (issue 17: one call a service a page): each of the caller's sites, in
 * the order of {@code GET /api/sites}, with the templates it may switch to. The gateway composes
 * {@code GET /api/account} from it, showing the site of the membership it shows; published too (README).
 */
@RestController
@RequiredArgsConstructor
class SiteOverviewController {

    private final Sites sites;
    private final SiteViews views;
    private final TemplateSwitching switching;

    /**
     * @param templates null when the site may not switch templates (the network or the plan does not allow it,
     *                  where {@code GET /api/sites/{id}/templates} answers 403)
     */
    record SiteOverview(SiteView site, @Nullable List<TemplateView> templates) {
    }

    /**
     * Lists the caller's sites for the account page in one call, each with the templates it may switch to.
     *
     * In the order of {@code GET /api/sites}; {@code templates} is null when the site may not switch templates.
     */
    @GetMapping("/api/sites/overview")
    Flux<SiteOverview> overview(Caller caller) {
        return sites.ofCustomer(caller.customerId()).concatMap(this::overview);
    }

    private Mono<SiteOverview> overview(Site site) {
        Mono<Optional<List<TemplateView>>> offered = switching.offeredTo(site)
                .map(templates -> Optional.of(templates.stream().map(TemplateView::of).toList()))
                .defaultIfEmpty(Optional.empty());
        return Mono.zip(views.of(site), offered).map(t -> new SiteOverview(t.getT1(), t.getT2().orElse(null)));
    }
}
