package io.accountsuite.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's problem+json answer to a form the page sent without JavaScript, for the page to show: each field's
 * message next to the field, and otherwise the problem's detail at the top.
 */
public record FormAnswer(Map<String, String> errors, String formError) {

    public static FormAnswer of(ResponseEntity<byte[]> answer, JsonMapper json) {
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
        String top = !errors.isEmpty() ? "Please correct the fields below."
                : detail != null ? detail : "This could not be saved now (" + answer.getStatusCode().value()
                        + "). Please try again.";
        return new FormAnswer(errors, top);
    }
}
