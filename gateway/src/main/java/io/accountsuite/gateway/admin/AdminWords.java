package io.accountsuite.gateway.admin;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.server.ServerWebExchange;

/**
 * The sentences the admin pages' controllers write themselves (a notice after a save, a filter or field refused
 * before any service is asked, the 404 page's reason), in the request's language: the {@code admin} bundle's entry
 * {@code key} with its arguments ({@code i18n/admin.properties}, {@code admin_fr.properties}). The templates write
 * every other word from the bundles themselves.
 *
 * @param locale the request's language ({@code PageLanguage}: the lang cookie, else Accept-Language)
 */
record AdminWords(MessageSource messages, Locale locale) {

    /** The words of {@code exchange}'s language (English when it has none). */
    static AdminWords of(MessageSource messages, ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return new AdminWords(messages, locale == null ? Locale.ENGLISH : locale);
    }

    /** The entry {@code key} with {@code arguments} ({0}, {1}…) in this language. */
    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
