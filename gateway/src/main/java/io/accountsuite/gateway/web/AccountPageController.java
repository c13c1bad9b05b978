package io.accountsuite.gateway.web;

import java.util.Map;

import io.accountsuite.gateway.composition.AccountComposition;
import io.accountsuite.gateway.live.LiveEvents;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in customer's account page, rendered on the server from the same composition as
 * {@code GET /api/account}: a block whose service is unavailable says so and the rest of the page works.
 */
@Controller
@RequiredArgsConstructor
class AccountPageController {

    /** How each limit is named on the page. */
    static final Map<String, String> LIMIT_LABELS = Map.of("diskMb", "Disk space (MB)", "posts", "Posts",
            "pages", "Pages", "visitsPerMonth", "Visits this month", "users", "Users");

    private final AccountComposition composition;
    private final RefusalNotice refusals;
    private final JsonMapper json;

    @GetMapping("/account")
    Mono<String> account(@RequestParam(required = false) String changed,
                         @RequestParam(required = false) String saved,
                         @RequestParam(required = false) String done, ServerWebExchange exchange, Model model) {
        // A one-button action refused without JavaScript (PageActionsController): the service's words.
        refusals.take(exchange).ifPresent(problem -> model.addAttribute("problem", problem));
        if ("action".equals(done)) {
            model.addAttribute("notice", "Done.");
        } else if ("address".equals(saved)) {
            model.addAttribute("notice", "Billing address saved.");
        } else if ("email".equals(saved)) {
            model.addAttribute("notice", "We sent a link to your new address: your sign-in email changes once you"
                    + " open it.");
        } else if ("password".equals(saved)) {
            model.addAttribute("notice", "Password changed. Your other sessions have been signed out.");
        } else if ("applied".equals(changed)) {
            model.addAttribute("notice", "Your membership has changed.");
        } else if ("scheduled".equals(changed)) {
            model.addAttribute("notice", "Your change is scheduled for the end of the current period.");
        } else if ("awaiting-payment".equals(changed)) {
            model.addAttribute("notice", "Your change applies once its invoice is paid: pay it below.");
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> ((JwtAuthenticationToken) context.getAuthentication()).getToken().getTokenValue())
                .flatMap(composition::compose)
                .doOnNext(page -> {
                    model.addAllAttributes(page.blocks());
                    model.addAttribute("links", page.links());
                    model.addAttribute("actions", page.actions());
                    model.addAttribute("limitLabels", LIMIT_LABELS);
                    model.addAttribute("visit", VisitSite.of(page.site(), page.domains(), json).orElse(null));
                    model.addAttribute("activeStages", VisitSite.ACTIVE_STAGES);
                    model.addAttribute("liveEvents", String.join(" ", LiveEvents.LIVE));
                })
                .thenReturn("account");
    }

}
