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

    /** The account bundle for callers that do not pass the request's language: English. */
    private static final MessageSource ENGLISH = english();

    /** The answer with the gateway's own words in English. */
    public static FormAnswer of(ResponseEntity<byte[]> answer, JsonMapper json) {
        return of(answer, json, ENGLISH, Locale.ENGLISH);
    }

    /** The answer with the gateway's own words in {@code locale}'s language, read from {@code messages}. */
    public static FormAnswer of(ResponseEntity<byte[]> answer, JsonMapper json, MessageSource messages,
                                Locale locale) {
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
        String top = !errors.isEmpty() ? messages.getMessage("account.form.correct-fields", null, locale)
                : detail != null ? detail
                : messages.getMessage("account.form.failed", new Object[] {answer.getStatusCode().value()}, locale);
        return new FormAnswer(errors, top);
    }

    private static MessageSource english() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/account");
        source.setDefaultEncoding("UTF-8");
        source.setAlwaysUseMessageFormat(true);
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
