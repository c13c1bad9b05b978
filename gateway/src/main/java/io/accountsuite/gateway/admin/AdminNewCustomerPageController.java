package io.accountsuite.gateway.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.backend.Block;
import io.accountsuite.gateway.language.Words;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.ProblemType;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new customer with a membership and its site ({@code /admin/customers/new}, issue 20), in two steps with two
 * owners: identity-service creates the customer ({@code POST /api/admin/customers {email, password, name, admin}}),
 * then membership-service the membership ({@code POST /api/admin/memberships {customerId, planId, site: {title,
 * slug}, couponCode}}), whose MembershipCreated makes site-service create the site. The plans offered are the active
 * plans of {@code GET /api/admin/products}. When the second step is refused, the page says the customer exists,
 * links to them and keeps the membership's fields to try again for that customer ({@code customerId} in the form:
 * the first step is skipped then), rather than pretending nothing happened. Admins only (GatewaySecurity).
 */
@Controller
@RequiredArgsConstructor
class AdminNewCustomerPageController {

    private static final String PAGE = "admin-customer-new";

    /** The fields the page shows, named as the APIs name them, so that a refusal's errors land beside them. */
    private static final List<String> FIELDS = List.of("email", "name", "password", "planId", "site.title",
            "site.slug", "couponCode");

    private final Backends backends;
    private final JsonMapper json;
    private final Words pageWords;

    @GetMapping("/admin/customers/new")
    Mono<String> form(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        return show(admin.getTokenValue(), Map.of(), exchange, model);
    }

    @PostMapping("/admin/customers/new")
    Mono<String> create(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        String token = admin.getTokenValue();
        Words.InLanguage words = pageWords.in(exchange);
        return exchange.getFormData().flatMap(form -> {
            Map<String, String> submitted = submitted(form);
            Map<String, String> missing = missing(submitted, words);
            if (!missing.isEmpty()) {
                return show(token, submitted, exchange, model).doOnNext(page -> {
                    exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                    model.addAttribute("errors", missing);
                    model.addAttribute("formError", words.get("admin.please-correct"));
                });
            }
            return refusedMembership(token, submitted, words).flatMap(refused -> refused.isEmpty()
                            ? create(token, submitted, exchange, model, words)
                            : show(token, submitted, exchange, model).doOnNext(page -> {
                                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                                model.addAttribute("errors", refused);
                                model.addAttribute("formError", words.get("admin.please-correct"));
                            }))
                    .onErrorResume(ApiProblem.class, e -> show(token, submitted, exchange, model)
                            .doOnNext(page -> AdminForms.unavailable(exchange, model, e)));
        });
    }

    private Mono<String> create(String token, Map<String, String> submitted, ServerWebExchange exchange,
                                Model model, Words.InLanguage words) {
        String existing = submitted.get("customerId");
        Mono<String> customerId = existing.isEmpty() ? createCustomer(token, submitted, exchange, model, words)
                : Mono.just(existing);
        return customerId.flatMap(id -> createMembership(token, id, submitted, exchange, model))
                .switchIfEmpty(Mono.defer(() -> show(token, submitted, exchange, model)));
    }

    /**
     * What membership-service would refuse of the membership that can be seen before the customer is created (so
     * that no customer is left without one): a plan that is not on sale, a coupon code that is unknown or
     * inactive, or an amount coupon in another currency than the plan's. Errors with a 503 problem when
     * membership-service cannot answer.
     */
    private Mono<Map<String, String>> refusedMembership(String token, Map<String, String> submitted,
                                                        Words.InLanguage words) {
        return Mono.zip(AdminReads.list(backends, Backend.MEMBERSHIP, token, "/api/admin/products"),
                        AdminReads.list(backends, Backend.MEMBERSHIP, token, "/api/admin/coupons"))
                .flatMap(t -> t.getT1().isOk() && t.getT2().isOk()
                        ? Mono.just(NewMemberships.refusals(submitted, plans(t.getT1()),
                                (List<?>) Objects.requireNonNull(t.getT2().data()), words))
                        : Mono.error(ProblemType.SERVICE_UNAVAILABLE.problem(
                                words.get("admin.new-customer.membership-unavailable"))));
    }

    /** The new customer's id, or empty with identity's refusal in the model. */
    private Mono<String> createCustomer(String token, Map<String, String> submitted, ServerWebExchange exchange,
                                        Model model, Words.InLanguage words) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", submitted.get("email"));
        body.put("password", submitted.get("password"));
        body.put("name", submitted.get("name"));
        body.put("admin", false);
        return backends.relay(Backend.IDENTITY, HttpMethod.POST, token, body, "/api/admin/customers")
                .flatMap(answer -> {
                    if (!answer.getStatusCode().is2xxSuccessful()) {
                        AdminForms.refused(exchange, model, answer, json);
                        return Mono.empty();
                    }
                    String id = createdId(answer);
                    return id == null ? Mono.error(ProblemType.SERVICE_UNAVAILABLE.problem(
                            words.get("admin.new-customer.id-unknown")))
                            : Mono.just(id);
                });
    }

    private Mono<String> createMembership(String token, String customerId, Map<String, String> submitted,
                                          ServerWebExchange exchange, Model model) {
        return AdminWrites.answer(backends.relay(Backend.MEMBERSHIP, HttpMethod.POST, token,
                        membership(customerId, submitted), "/api/admin/memberships"),
                "redirect:/admin/customers/" + customerId + "?created",
                () -> halfDone(token, customerId, submitted, exchange, model), exchange, model, json);
    }

    /** The customer exists but has no membership: the page says so and keeps the membership's fields. */
    private Mono<String> halfDone(String token, String customerId, Map<String, String> submitted,
                                  ServerWebExchange exchange, Model model) {
        Map<String, String> kept = new LinkedHashMap<>(submitted);
        kept.put("customerId", customerId);
        return show(token, kept, exchange, model);
    }

    /** The body of {@code POST /api/admin/memberships}; a blank coupon code is left out. */
    static Map<String, Object> membership(String customerId, Map<String, String> submitted) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("planId", submitted.get("planId"));
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", submitted.get("site.title"));
        site.put("slug", submitted.get("site.slug"));
        body.put("site", site);
        if (!submitted.get("couponCode").isEmpty()) {
            body.put("couponCode", submitted.get("couponCode"));
        }
        return body;
    }

    /** The form's fields, stripped, blank as empty; the password as typed. */
    static Map<String, String> submitted(MultiValueMap<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : Stream.concat(Stream.of("customerId"), FIELDS.stream()).toList()) {
            String value = Objects.requireNonNullElse(form.getFirst(name), "");
            fields.put(name, name.equals("password") ? value : value.strip());
        }
        return fields;
    }

    /**
     * The fields left blank that the two steps need, so that a customer is never created for a membership bound to
     * be refused for a missing plan or site; every other rule is the services' own.
     */
    static Map<String, String> missing(Map<String, String> submitted, Words.InLanguage words) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> required = submitted.get("customerId").isEmpty()
                ? List.of("email", "name", "password", "planId", "site.title", "site.slug")
                : List.of("planId", "site.title", "site.slug");
        for (String field : required) {
            if (submitted.get(field).isEmpty()) {
                errors.put(field, words.get("admin.new-customer.required"));
            }
        }
        return errors;
    }

    private @Nullable String createdId(ResponseEntity<byte[]> answer) {
        try {
            Object id = answer.getBody() == null ? null : json.readValue(answer.getBody(), Map.class).get("id");
            return id == null ? null : id.toString();
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    /** The form with the active plans to choose from; without them (membership-service down) 503 and no form. */
    private Mono<String> show(String token, Map<String, String> submitted, ServerWebExchange exchange, Model model) {
        return AdminReads.list(backends, Backend.MEMBERSHIP, token, "/api/admin/products").map(products -> {
            AdminReads.status(exchange, products);
            model.addAttribute("plans", products.isOk() ? plans(products) : List.of());
            model.addAttribute("productsUnavailable", !products.isOk());
            model.addAttribute("f", submitted);
            model.addAttribute("fields", FIELDS);
            return PAGE;
        });
    }

    /** The active plans of the catalog, as listed. */
    static List<Map<?, ?>> plans(Block products) {
        return ((List<?>) Objects.requireNonNull(products.data())).stream()
                .filter(p -> p instanceof Map<?, ?> m && "plan".equals(m.get("type"))
                        && Boolean.TRUE.equals(m.get("active")))
                .<Map<?, ?>>map(p -> (Map<?, ?>) p).toList();
    }
}
