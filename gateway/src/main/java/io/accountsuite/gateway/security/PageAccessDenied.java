package io.accountsuite.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.accountsuite.platform.security.ProblemSecurityHandlers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A missing role on a page a browser opened: a signed-in customer who opens {@code /admin/**} reads a 403 page
 * ("This page is for network admins", a link back to the account page) instead of problem+json. API paths, callers
 * that do not ask for HTML, and a refused CSRF token keep the problem+json answers of {@link ProblemSecurityHandlers}.
 */
final class PageAccessDenied implements ServerAccessDeniedHandler {

    private static final String PAGE = "/pages/admin-forbidden.html";

    private final ProblemSecurityHandlers problems;
    private final byte[] page;

    PageAccessDenied(ProblemSecurityHandlers problems) {
        this.problems = problems;
        try (InputStream in = PageAccessDenied.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException(PAGE + " is missing from the class path");
            }
            this.page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        if (denied instanceof CsrfException || !wantsPage(exchange)) {
            return problems.handle(exchange, denied);
        }
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.TEXT_HTML);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(page)));
    }

    /** A page's path asked for by a browser: HTML accepted, and not as a wildcard only. */
    private static boolean wantsPage(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        if (request.getPath().value().startsWith("/api/")) {
            return false;
        }
        List<MediaType> accepted = request.getHeaders().getAccept();
        return accepted.stream().anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
    }
}
