package io.accountsuite.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.accountsuite.gateway.backend.IdentityClient;
import io.accountsuite.gateway.language.Words;
import io.accountsuite.platform.security.TrustedProxies;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The sign-up page. Its answer is the same for a new address and one that has an account (identity-service tells
 * the owner by mail): "check your mailbox, then sign in", never signed in at once, so the page does not tell who has
 * an account here (OWASP ASVS v5 6.3.8).
 */
@Controller
@RequiredArgsConstructor
class SignUpController {

    private final IdentityClient identity;
    private final TrustedProxies proxies;
    private final Words words;

    @GetMapping("/signup")
    String signUpPage() {
        return "signup";
    }

    @PostMapping("/signup")
    Mono<String> signUp(ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(form -> {
            String name = value(form.getFirst("name"));
            String email = value(form.getFirst("email"));
            model.addAttribute("name", name);
            model.addAttribute("email", email);
            return identity.register(email, value(form.getFirst("password")), name,
                            proxies.clientOf(exchange.getRequest()))
                    .then(Mono.fromCallable(() -> {
                        model.addAttribute("notice", words.of(exchange, "signin.signed-up", email));
                        return "login";
                    }))
                    .onErrorResume(WebClientResponseException.class, e -> refused(exchange, model, e))
                    .onErrorResume(e -> e instanceof WebClientRequestException || e instanceof TimeoutException,
                            unreachable -> answer(exchange, model, HttpStatus.SERVICE_UNAVAILABLE,
                                    "signup.unavailable", Map.of()));
        });
    }

    private Mono<String> refused(ServerWebExchange exchange, Model model, WebClientResponseException e) {
        IdentityClient.Refusal refusal = IdentityClient.refusal(e);
        if (refusal.status().value() == 429) {
            return answer(exchange, model, HttpStatus.TOO_MANY_REQUESTS,
                    "signup.too-many", Map.of());
        }
        if (refusal.status().value() == 400) {
            return answer(exchange, model, HttpStatus.BAD_REQUEST, "signup.invalid",
                    fieldErrors(refusal.problem()));
        }
        return answer(exchange, model, HttpStatus.SERVICE_UNAVAILABLE,
                "signup.unavailable", Map.of());
    }

    /** The problem's {@code errors} as field → first message. */
    private static Map<String, String> fieldErrors(Map<String, Object> problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem.get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> error && error.get("field") instanceof String field) {
                    errors.putIfAbsent(field, String.valueOf(error.get("message")));
                }
            }
        }
        return errors;
    }

    private Mono<String> answer(ServerWebExchange exchange, Model model, HttpStatus status, String messageKey,
                                Map<String, String> fields) {
        exchange.getResponse().setStatusCode(status);
        model.addAttribute("error", words.of(exchange, messageKey));
        model.addAttribute("fieldErrors", fields);
        return Mono.just("signup");
    }

    private static String value(String value) {
        return value == null ? "" : value;
    }
}
