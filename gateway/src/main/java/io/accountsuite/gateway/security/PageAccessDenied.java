package io.accountsuite.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.accountsuite.platform.security.ProblemSecurityHandlers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A missing role on a page a browser opened: a signed-in customer who opens {@code /admin/**} reads a 403 page
 * ("This page is for network admins", a link back to the account page) instead of problem+json, in the request's
 * language ({@code PageLanguage}): {@code pages/admin-forbidden.html} in English, {@code admin-forbidden_fr.html}
 * in French. API paths, callers that do not ask for HTML, and a refused CSRF token keep the problem+json answers of
 * {@link ProblemSecurityHandlers}.
 */
final class PageAccessDenied implements ServerAccessDeniedHandler {

    private static final String PAGE = "/pages/admin-forbidden%s.html";

    private final ProblemSecurityHandlers problems;
    /** The page by language; English is the one without a suffix. */
    private final Map<String, byte[]> pages;

    PageAccessDenied(ProblemSecurityHandlers problems) {
        this.problems = problems;
        this.pages = Map.of("en", read(""), "fr", read("_fr"));
    }

    private static byte[] read(String suffix) {
        String path = PAGE.formatted(suffix);
        try (InputStream in = PageAccessDenied.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return in.readAllBytes();
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
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        Locale locale = exchange.getLocaleContext().getLocale();
        byte[] page = pages.getOrDefault(locale == null ? "en" : locale.getLanguage(), pages.get("en"));
        response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, locale == null ? "en" : locale.getLanguage());
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
