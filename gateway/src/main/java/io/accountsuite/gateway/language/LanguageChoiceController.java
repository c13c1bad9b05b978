package io.accountsuite.gateway.language;

import io.accountsuite.gateway.backend.IdentityClient;
import io.accountsuite.gateway.security.TokenCookies;
import io.accountsuite.platform.language.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The account page's language switch ({@code POST /account/language}, a plain form with {@code language=fr}): saves
 * the customer's language in their profile (identity) and in this browser's cookie, then shows the page again in it.
 * A language we do not speak changes nothing; when identity cannot save it, this browser still switches and the page
 * says the choice was not kept ({@code ?unsaved=language}).
 */
@Controller
class LanguageChoiceController {

    private final IdentityClient identity;
    private final TokenCookies cookies;
    private final PageLanguage language;

    LanguageChoiceController(IdentityClient identity, TokenCookies cookies, PageLanguage language) {
        this.identity = identity;
        this.cookies = cookies;
        this.language = language;
    }

    @PostMapping("/account/language")
    Mono<String> choose(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String tag = form.getFirst("language");
            String token = cookies.accessToken(exchange).orElse(null);
            if (Languages.byTag(tag).isEmpty() || token == null) {
                return Mono.just("redirect:/account");
            }
            language.remember(exchange, tag);
            return identity.chooseLanguage(token, tag)
                    .map(answer -> answer.getStatusCode().is2xxSuccessful() ? "redirect:/account"
                            : "redirect:/account?unsaved=language")
                    .onErrorReturn("redirect:/account?unsaved=language");
        });
    }
}
