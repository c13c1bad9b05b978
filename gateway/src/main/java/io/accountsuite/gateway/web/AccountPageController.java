package io.accountsuite.gateway.web;


import java.util.Map;

import io.accountsuite.gateway.composition.AccountComposition;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

/**
 * The signed-in customer's account page, rendered on the server from the same composition as
 * {@code GET /api/account}: a block whose service is unavailable says so and the rest of the page works.
 */
@Controller
class AccountPageController {

    /** How each limit is named on the page. */
    private static final Map<String, String> LIMIT_LABELS = Map.of("diskMb", "Disk space (MB)", "posts", "Posts",
            "pages", "Pages", "visitsPerMonth", "Visits this month", "users", "Users");

    private final AccountComposition composition;

    AccountPageController(AccountComposition composition) {
        this.composition = composition;
    }

    @GetMapping("/account")
    Mono<String> account(Model model) {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> ((JwtAuthenticationToken) context.getAuthentication()).getToken().getTokenValue())
                .flatMap(composition::compose)
                .doOnNext(page -> page.forEach(model::addAttribute))
                .doOnNext(page -> model.addAttribute("limitLabels", LIMIT_LABELS))
                .thenReturn("account");
    }

}
