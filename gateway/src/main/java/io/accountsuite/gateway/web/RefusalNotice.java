package io.accountsuite.gateway.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import io.accountsuite.gateway.security.CookieSettings;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Why an action without JavaScript was refused, carried to the account page it redirects to in a short-lived
 * cookie rather than in the address, so that a link from elsewhere cannot make the page show someone else's text.
 */
@Component
class RefusalNotice {

    private static final String NAME = "page_refusal";
    private static final int MAX_LENGTH = 300;

    private final boolean secure;

    RefusalNotice(CookieSettings settings) {
        this.secure = settings.secure();
    }

    void remember(ServerWebExchange exchange, String detail) {
        String text = detail.length() > MAX_LENGTH ? detail.substring(0, MAX_LENGTH) : detail;
        exchange.getResponse().addCookie(cookie(URLEncoder.encode(text, StandardCharsets.UTF_8), Duration.ofMinutes(1)));
    }

    /** The remembered refusal, once: reading it clears it. */
    Optional<String> take(ServerWebExchange exchange) {
        HttpCookie stored = exchange.getRequest().getCookies().getFirst(NAME);
        if (stored == null || stored.getValue().isBlank()) {
            return Optional.empty();
        }
        exchange.getResponse().addCookie(cookie("", Duration.ZERO));
        try {
            return Optional.of(URLDecoder.decode(stored.getValue(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(NAME, value).httpOnly(true).secure(secure).sameSite("Strict").path("/account")
                .maxAge(maxAge).build();
    }
}
