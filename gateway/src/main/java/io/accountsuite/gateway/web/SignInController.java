package io.accountsuite.gateway.web;

import java.util.concurrent.TimeoutException;

import io.accountsuite.gateway.backend.IdentityClient;
import io.accountsuite.gateway.language.PageLanguage;
import io.accountsuite.gateway.language.Words;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.platform.security.TrustedProxies;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The sign-in page and sign-out, for the web page; API clients use /api/auth directly. */
@Controller
@RequiredArgsConstructor
class SignInController {

    private final IdentityClient identity;
    private final TokenCookies cookies;
    private final TrustedProxies proxies;
    private final Words words;
    private final PageLanguage language;

    @GetMapping("/")
    String home() {
        return "redirect:/account";
    }

    @GetMapping("/login")
    String signInPage(ServerWebExchange exchange, Model model) {
        var query = exchange.getRequest().getQueryParams();
        if (query.containsKey("signedOut")) {
            model.addAttribute("notice", words.of(exchange, "signin.signed-out"));
        } else if (query.containsKey("deleted")) {
            model.addAttribute("notice", words.of(exchange, "signin.deleted"));
        } else if (query.containsKey("ended")) {
            model.addAttribute("notice", words.of(exchange, "signin.ended"));
        }
        return "login";
    }

    @PostMapping("/login")
    Mono<String> signIn(ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(form -> {
            String email = value(form, "email");
            String password = value(form, "password");
            model.addAttribute("email", email);
            if (email.isBlank() || password.isEmpty()) {
                return refused(exchange, model, HttpStatus.BAD_REQUEST, "signin.missing");
            }
            return identity.login(email, password, proxies.clientOf(exchange.getRequest()))
                    .map(tokens -> {
                        cookies.store(exchange, tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn());
                        // The saved language follows the customer to this browser (issue 21).
                        if (tokens.language() != null) {
                            language.remember(exchange, tokens.language());
                        }
                        return "redirect:/account";
                    })
                    .onErrorResume(WebClientResponseException.class, e -> explain(exchange, model, e))
                    .onErrorResume(e -> e instanceof WebClientRequestException || e instanceof TimeoutException,
                            unreachable -> unavailable(exchange, model));
        });
    }

    @PostMapping("/logout")
    Mono<String> signOut(ServerWebExchange exchange) {
        Mono<Void> revoke = cookies.accessToken(exchange)
                .map(token -> identity.logout(token, proxies.clientOf(exchange.getRequest())).onErrorResume(e -> Mono.empty()))
                .orElse(Mono.empty());
        return revoke.then(Mono.fromRunnable(() -> cookies.clear(exchange))).thenReturn("redirect:/login?signedOut");
    }

    private Mono<String> explain(ServerWebExchange exchange, Model model, WebClientResponseException e) {
        IdentityClient.Refusal refusal = IdentityClient.refusal(e);
        if (refusal.status().value() == 429) {
            exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
            model.addAttribute("error", refusal.retryAfter() == null ? words.of(exchange, "signin.too-many")
                    : words.of(exchange, "signin.too-many.seconds", refusal.retryAfter()));
            return Mono.just("login");
        }
        if (refusal.status().is4xxClientError()) {
            return refused(exchange, model, HttpStatus.UNAUTHORIZED, "signin.wrong");
        }
        return unavailable(exchange, model);
    }

    private Mono<String> unavailable(ServerWebExchange exchange, Model model) {
        exchange.getResponse().getHeaders().set("Retry-After", "5");
        return refused(exchange, model, HttpStatus.SERVICE_UNAVAILABLE, "signin.unavailable");
    }

    private Mono<String> refused(ServerWebExchange exchange, Model model, HttpStatus status, String messageKey) {
        exchange.getResponse().setStatusCode(status);
        model.addAttribute("error", words.of(exchange, messageKey));
        return Mono.just("login");
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}
