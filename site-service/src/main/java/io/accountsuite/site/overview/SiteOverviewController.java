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
import reactor.core.publisher.Mono;

/**
 * The account page's site blocks in one call (issue 17: one call a service a page): the caller's first site, as
 * {@code GET /api/sites} lists it first, with the templates it may switch to. Internal to the suite: the gateway
 * composes {@code GET /api/account} from it.
 */
@RestController
@RequiredArgsConstructor
class SiteOverviewController {

    private final Sites sites;
    private final SiteViews views;
    private final TemplateSwitching switching;

    /**
     * @param site      null when the caller has no site
     * @param templates null when the site may not switch templates (the network or the plan does not allow it)
     */
    record SiteOverview(@Nullable SiteView site, @Nullable List<TemplateView> templates) {
    }

    @GetMapping("/api/sites/overview")
    Mono<SiteOverview> overview(Caller caller) {
        return sites.ofCustomer(caller.customerId()).next()
                .flatMap(this::overview)
                .defaultIfEmpty(new SiteOverview(null, null));
    }

    private Mono<SiteOverview> overview(Site site) {
        Mono<Optional<List<TemplateView>>> offered = switching.offeredTo(site)
                .map(templates -> Optional.of(templates.stream().map(TemplateView::of).toList()))
                .defaultIfEmpty(Optional.empty());
        return Mono.zip(views.of(site), offered).map(t -> new SiteOverview(t.getT1(), t.getT2().orElse(null)));
    }
}
