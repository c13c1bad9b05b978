package io.accountsuite.platform.problem;

import org.springframework.core.Ordered;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A form body that is not validly URL-encoded ({@code token=%ZZ}) is a 400 {@code malformed-request}, not the
 * {@link IllegalArgumentException} Spring's form reader throws (a 500). It wraps every exchange's form data, read
 * first by Spring Security's CSRF check and then by the page's controllers, so every form is covered.
 */
public class MalformedForms implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(new ServerWebExchangeDecorator(exchange) {
            @Override
            public Mono<MultiValueMap<String, String>> getFormData() {
                return super.getFormData().onErrorMap(IllegalArgumentException.class,
                        e -> ProblemType.MALFORMED_REQUEST.problem(Message.of("platform.form-not-url-encoded")));
            }
        });
    }

    /** Before Spring Security's filters, which read the form for its CSRF field. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
