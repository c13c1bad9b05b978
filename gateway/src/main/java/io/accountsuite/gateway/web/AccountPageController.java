package io.accountsuite.gateway.web;

import io.accountsuite.gateway.security.IdentityClient;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The signed-in customer's account page. */
@Controller
class AccountPageController {

    private final IdentityClient identity;

    AccountPageController(IdentityClient identity) {
        this.identity = identity;
    }

    @GetMapping("/account")
    Mono<String> account(ServerWebExchange exchange, Model model) {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> ((JwtAuthenticationToken) context.getAuthentication()).getToken().getTokenValue())
                .flatMap(identity::profile)
                .doOnNext(profile -> model.addAttribute("profile", profile))
                .onErrorResume(e -> Mono.empty())
                .thenReturn("account");
    }
}
