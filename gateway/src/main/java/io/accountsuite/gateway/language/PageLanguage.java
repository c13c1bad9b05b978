package io.accountsuite.gateway.language;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import io.accountsuite.gateway.security.CookieSettings;
import io.accountsuite.platform.language.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The language a request is answered in, English or French ({@link Languages}): a {@code ?lang=} of the address
 * (the language links of the sign-in page), else the {@value #COOKIE} cookie (the customer's saved language, set at
 * sign-in and when they change it on the page), else the browser's {@code Accept-Language}, else English. Spring
 * uses it for every page, message and problem of the gateway ({@code exchange.getLocaleContext()}).
 */
@Component("localeContextResolver")
public class PageLanguage implements LocaleContextResolver {

    /** The cookie that keeps the language between requests: {@code en} or {@code fr}, for a year. */
    public static final String COOKIE = "lang";

    /** The address parameter that picks a language for this request and the ones after. */
    public static final String PARAMETER = "lang";

    private static final Duration KEPT = Duration.ofDays(365);

    private final boolean secure;

    PageLanguage(CookieSettings settings) {
        this.secure = settings.secure();
    }

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        return new SimpleLocaleContext(resolve(exchange));
    }

    /** The request's language, without remembering it. */
    public Locale resolve(ServerWebExchange exchange) {
        return chosen(exchange).or(() -> Languages.byTag(cookie(exchange)))
                .orElseGet(() -> Languages.bestMatch(
                        exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The language picked by {@code ?lang=} on this request's address, if it names one we speak. */
    public Optional<Locale> chosen(ServerWebExchange exchange) {
        return Languages.byTag(exchange.getRequest().getQueryParams().getFirst(PARAMETER));
    }

    /** Remembers {@code language} for this browser's next requests; a null or unknown one forgets it. */
    @Override
    public void setLocaleContext(ServerWebExchange exchange, @Nullable LocaleContext context) {
        Optional<Locale> language = Optional.ofNullable(context).map(LocaleContext::getLocale)
                .flatMap(locale -> Languages.byTag(locale.getLanguage()));
        exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, language.map(Locale::getLanguage).orElse(""))
                .httpOnly(true).secure(secure).sameSite("Lax").path("/")
                .maxAge(language.isPresent() ? KEPT : Duration.ZERO).build());
    }

    /** Remembers the language of this tag ({@code "fr"}), or forgets it when the tag is not one we speak. */
    public void remember(ServerWebExchange exchange, @Nullable String tag) {
        setLocaleContext(exchange, Languages.byTag(tag).map(SimpleLocaleContext::new).orElse(null));
    }

    private static @Nullable String cookie(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
