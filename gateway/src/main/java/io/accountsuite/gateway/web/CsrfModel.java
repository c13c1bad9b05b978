package io.accountsuite.gateway.web;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every page's forms carry the CSRF token, as {@code _csrf} in the model: every controller of this package and of the
 * admin pages (named, not imported: the admin pages build on this package, not the other way round).
 */
@ControllerAdvice(basePackageClasses = CsrfModel.class, basePackages = "io.accountsuite.gateway.admin")
class CsrfModel {

    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }
}
