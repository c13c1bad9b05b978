package io.accountsuite.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's problem+json answer to a form the page sent without JavaScript, for the page to show: each field's
 * message next to the field, and otherwise the problem's detail at the top (both in the service's words, which come
 * in the request's language). What the gateway says itself (fields to correct, a service that failed) is the
 * {@code account} bundle's {@code account.form.*} entries in the request's language.
 */
public record FormAnswer(Map<String, String> errors, String formError) {

    /**
     * The account bundle's two sentences this answer may need, read as the application reads its bundles
     * (application.yml spring.messages), so that the pages of any package can use it without a MessageSource.
     */
    private static final MessageSource WORDS = accountBundle();

    /** The answer, with the gateway's own words in {@code locale}'s language. */
    public static FormAnswer of(ResponseEntity<byte[]> answer, JsonMapper json, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String detail = null;
        try {
            Map<?, ?> problem = answer.getBody() == null ? Map.of() : json.readValue(answer.getBody(), Map.class);
            if (problem.get("errors") instanceof List<?> list) {
                for (Object item : list) {
                    Map<?, ?> error = (Map<?, ?>) item;
                    errors.putIfAbsent(String.valueOf(error.get("field")), String.valueOf(error.get("message")));
                }
            }
            detail = problem.get("detail") == null ? null : String.valueOf(problem.get("detail"));
        } catch (JacksonException | ClassCastException unreadable) {
            detail = null;
        }
        String top = !errors.isEmpty() ? WORDS.getMessage("account.form.correct-fields", null, locale)
                : detail != null ? detail
                : WORDS.getMessage("account.form.failed", new Object[] {answer.getStatusCode().value()}, locale);
        return new FormAnswer(errors, top);
    }

    private static MessageSource accountBundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/account");
        source.setDefaultEncoding("UTF-8");
        source.setAlwaysUseMessageFormat(true);
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
