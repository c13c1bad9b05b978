package io.accountsuite.gateway.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The web page's tokens live in HttpOnly, Secure, SameSite=Lax cookies: script on the page cannot read them and
 * other sites cannot send them with cross-site writes. A token refreshed during this request wins over the cookie
 * the browser sent.
 */
@Component
public class TokenCookies {

    public static final String ACCESS = "access_token";
    public static final String REFRESH = "refresh_token";
    static final String REFRESHED_ACCESS = TokenCookies.class.getName() + ".refreshed";

    private final boolean secure;

    public TokenCookies(CookieSettings settings) {
        this.secure = settings.secure();
    }

    public Optional<String> accessToken(ServerWebExchange exchange) {
        String refreshed = exchange.getAttribute(REFRESHED_ACCESS);
        return refreshed != null ? Optional.of(refreshed) : cookie(exchange, ACCESS);
    }

    public Optional<String> refreshToken(ServerWebExchange exchange) {
        return cookie(exchange, REFRESH);
    }

    public boolean hasSession(ServerWebExchange exchange) {
        return cookie(exchange, ACCESS).isPresent() || cookie(exchange, REFRESH).isPresent();
    }

    public void store(ServerWebExchange exchange, String accessToken, String refreshToken, long expiresIn) {
        exchange.getAttributes().put(REFRESHED_ACCESS, accessToken);
        exchange.getResponse().addCookie(cookie(ACCESS, accessToken, Duration.ofSeconds(expiresIn)));
        exchange.getResponse().addCookie(cookie(REFRESH, refreshToken, Duration.ofDays(30)));
    }

    public void clear(ServerWebExchange exchange) {
        exchange.getAttributes().remove(REFRESHED_ACCESS);
        exchange.getResponse().addCookie(cookie(ACCESS, "", Duration.ZERO));
        exchange.getResponse().addCookie(cookie(REFRESH, "", Duration.ZERO));
    }

    private ResponseCookie cookie(String name, String value, Duration maxAge) {
        return ResponseCookie.from(name, value).httpOnly(true).secure(secure).sameSite("Lax").path("/")
                .maxAge(maxAge).build();
    }

    private static Optional<String> cookie(ServerWebExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequest().getCookies().getFirst(name))
                .map(HttpCookie::getValue)
                .filter(value -> !value.isBlank());
    }
}
