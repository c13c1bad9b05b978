package io.accountsuite.gateway.language;

import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes the request's language the one the services answer in: every request the gateway routes on carries
 * {@code Accept-Language: en} or {@code fr} (the resolved language, not the browser's own list), and the page's
 * own calls to the services carry it too (the language rides in the Reactor context to {@link LanguageOfCalls}).
 * A {@code ?lang=} on a page's address is remembered in the cookie. Runs first, so that what follows sees it.
 */
@Component
class LanguageForwarding implements WebFilter, Ordered {

    private final PageLanguage language;

    LanguageForwarding(PageLanguage language) {
        this.language = language;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Locale resolved = language.resolve(exchange);
        if (HttpMethod.GET.equals(exchange.getRequest().getMethod())) {
            language.chosen(exchange).ifPresent(chosen -> language.remember(exchange, chosen.getLanguage()));
        }
        ServerWebExchange forwarded = exchange.mutate().request(request -> request.headers(
                headers -> headers.set(HttpHeaders.ACCEPT_LANGUAGE, resolved.getLanguage()))).build();
        return chain.filter(forwarded).contextWrite(context -> context.put(LanguageOfCalls.KEY, resolved));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
