package io.accountsuite.gateway.admin;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.language.Words;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the catalog's admin pages (products, site templates, coupons) share: reading the owning service's admin API
 * as the admin, within {@link AdminReads#LIMIT} and through its breaker ({@link Backends#get}); the page for a thing
 * that is not there (404) or a service that does not answer (503, "temporarily unavailable"); and reading what the
 * admin typed into the JSON the services take.
 */
@Component
@RequiredArgsConstructor
class CatalogPages {

    /** The page that says there is no such product, template or coupon (status 404). */
    static final String MISSING = "admin-catalog-missing";

    private static final Duration READ = AdminReads.LIMIT;
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,20}([.,]\\d{1,10})?");

    private final Backends backends;
    private final Words pageWords;

    /**
     * The object at {@code path} (a URI template with {@code variables}) of {@code backend}'s admin API: a 404
     * {@link ApiProblem} naming {@code what} when the service answers 4xx, a 503 one when it cannot answer (its
     * detail in the language of {@code exchange}, the page's request).
     */
    @SuppressWarnings("unchecked")
    Mono<Map<String, Object>> one(ServerWebExchange exchange, String token, Backend backend, String what, String path,
                                  Object... variables) {
        return read(exchange, token, backend, what, path, variables).map(data -> (Map<String, Object>) data);
    }

    /** The list at {@code path}, as {@link #one}; a 4xx is trouble here (a list is always there): 503. */
    @SuppressWarnings("unchecked")
    Mono<List<Map<String, Object>>> all(ServerWebExchange exchange, String token, Backend backend, String path,
                                        Object... variables) {
        return read(exchange, token, backend, null, path, variables).map(data -> (List<Map<String, Object>>) data);
    }

    private Mono<Object> read(ServerWebExchange exchange, String token, Backend backend, @Nullable String what,
                              String path, Object... variables) {
        return backends.get(backend, token, READ, path, variables).flatMap(block -> block.required(null,
                () -> "none".equals(block.status()) && what != null ? ApiProblem.notFound(what)
                        : ProblemType.SERVICE_UNAVAILABLE.problem(pageWords.in(exchange)
                        .get("admin.service-unavailable", backend.id()))));
    }

    /**
     * The page a failed read leaves: the 404 page for a thing that is not there, otherwise {@code view} in its
     * "temporarily unavailable" state with the problem's status (503). {@code what}: the thing, e.g. "product".
     */
    String failed(ServerWebExchange exchange, Model model, ApiProblem problem, String view, String what) {
        if (problem.type().status() == HttpStatus.NOT_FOUND) {
            return missing(exchange, model, what);
        }
        AdminForms.unavailable(exchange, model, problem);
        return view;
    }

    /**
     * The 404 page, saying that there is no such {@code what} in the request's language (the entry
     * {@code admin.missing.<what>}: product, product-type, template, coupon, list, page).
     */
    String missing(ServerWebExchange exchange, Model model, String what) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        model.addAttribute("missing", pageWords.in(exchange).get("admin.missing." + what));
        return MISSING;
    }

    /** A field as typed, stripped; null when blank or absent. */
    static @Nullable String text(MultiValueMap<String, String> form, String field) {
        return AdminReads.blankAsNull(form.getFirst(field));
    }

    /**
     * A whole number as typed: a {@code Long}, null when blank, or the text itself when it is no whole number, for
     * the service to refuse beside its field ("has the wrong type").
     */
    static @Nullable Object whole(MultiValueMap<String, String> form, String field) {
        String value = text(form, field);
        return value != null && WHOLE.matcher(value).matches() ? (Object) Long.valueOf(value) : value;
    }

    /** An amount as typed ({@code 12.50}, or {@code 12,50}): a decimal, null when blank, else the text itself. */
    static @Nullable Object decimal(MultiValueMap<String, String> form, String field) {
        String value = text(form, field);
        return decimal(value);
    }

    /** {@code value} as a decimal when it reads as one (a comma taken for the point), else as it is. */
    static @Nullable Object decimal(@Nullable Object value) {
        if (value instanceof String typed && DECIMAL.matcher(typed).matches()) {
            return new BigDecimal(typed.replace(',', '.'));
        }
        return value;
    }

    /** How a value is written back into an input: decimals without exponent, null as nothing. */
    static String shown(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    }

    /**
     * Where a create leads: to the new thing's page ({@code list/<id><suffix>}) when the service's answer names its
     * id, else back to {@code list}.
     */
    static String opened(ResponseEntity<byte[]> answer, JsonMapper json, String list, String suffix) {
        try {
            Map<?, ?> created = answer.getBody() == null ? Map.of() : json.readValue(answer.getBody(), Map.class);
            Object id = created.get("id");
            return AdminReads.isUuid(id == null ? null : id.toString()) ? "redirect:" + list + "/" + id + suffix
                    : "redirect:" + list;
        } catch (JacksonException unreadable) {
            return "redirect:" + list;
        }
    }
}
