package io.accountsuite.gateway.language;

import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's words for Java code that puts text on a page (a notice, a refusal): the entry {@code key} of the
 * page bundles ({@code i18n/*.properties}) in the request's language, with its arguments.
 */
@Component
public class Words {

    private final MessageSource messages;

    Words(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The entry {@code key} in the request's language ({@link PageLanguage}), {@code arguments} put in its
     * {@code {0}}, {@code {1}}.
     *
     * @throws org.springframework.context.NoSuchMessageException when no bundle has the key (a bug the bundle test
     *                                                               and the page's tests catch)
     */
    public String of(ServerWebExchange exchange, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language(exchange));
    }

    /** The words of {@code exchange}'s language, for code that writes several sentences of one request. */
    public InLanguage in(ServerWebExchange exchange) {
        return new InLanguage(messages, language(exchange));
    }

    /**
     * The bundles' words in one language ({@code locale}): {@link #get} is {@link #of} without the exchange.
     *
     * @param locale the request's language ({@link PageLanguage}: the lang cookie, else Accept-Language)
     */
    public record InLanguage(MessageSource messages, Locale locale) {

        /** The entry {@code key} with {@code arguments} ({0}, {1}…) in this language. */
        public String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }

    /** The request's language. */
    public static Locale language(ServerWebExchange exchange) {
        return Objects.requireNonNullElse(exchange.getLocaleContext().getLocale(), Locale.ENGLISH);
    }
}
