package io.accountsuite.gateway.admin;

import java.util.Map;
import java.util.regex.Pattern;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.language.Words;
import io.accountsuite.platform.problem.ApiProblem;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network admin's coupons (issue 20): {@code GET /admin/coupons} lists them (code, discount, duration, whether
 * they apply to renewals, active) above the form that creates one ({@code POST /admin/coupons}), and
 * {@code POST /admin/coupons/{code}/deactivation} stops one being given. All through membership-service's
 * {@code /api/admin/coupons} ({@link CouponForms}); a refusal comes back beside its field (a code already taken
 * beside the code), 503 when the service does not answer.
 */
@Controller
@RequiredArgsConstructor
class CouponPagesController {

    private static final String PAGE = "admin-coupons";
    private static final String COUPONS = "/api/admin/coupons";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{3,40}");
    private static final Map<String, String> FRESH = Map.of("kind", "percent", "duration", "once");

    private final CatalogPages catalog;
    private final Backends backends;
    private final JsonMapper json;
    private final Words pageWords;

    @GetMapping("/admin/coupons")
    Mono<String> list(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        var query = exchange.getRequest().getQueryParams();
        if (query.containsKey("created") || query.containsKey("deactivated")) {
            model.addAttribute("notice", pageWords.in(exchange).get(query.containsKey("created")
                    ? "admin.coupons.created.notice" : "admin.coupons.deactivated"));
        }
        return page(admin, exchange, model, FRESH);
    }

    @PostMapping("/admin/coupons")
    Mono<String> create(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(form -> backends.relay(Backend.MEMBERSHIP, HttpMethod.POST,
                        admin.getTokenValue(), CouponForms.body(form), COUPONS)
                .flatMap(answer -> {
                    if (answer.getStatusCode().is2xxSuccessful()) {
                        return Mono.just("redirect:/admin/coupons?created");
                    }
                    AdminForms.refused(exchange, model, answer, json);
                    if (answer.getStatusCode().value() == HttpStatus.CONFLICT.value()
                            && model.getAttribute("errors") instanceof Map<?, ?> errors && errors.isEmpty()) {
                        // A code already taken (coupon-code-taken) says so beside the code.
                        model.addAttribute("errors", Map.of("code", String.valueOf(model.getAttribute("formError"))));
                    }
                    return page(admin, exchange, model, form.toSingleValueMap());
                })
                .onErrorResume(ApiProblem.class, e -> {
                    AdminForms.unavailable(exchange, model, e);
                    model.addAttribute("v", form.toSingleValueMap());
                    return Mono.just(PAGE);
                }));
    }

    /** Stops giving a coupon (idempotent at the service): back to the list, which says so. */
    @PostMapping("/admin/coupons/{code}/deactivation")
    Mono<String> deactivate(@AuthenticationPrincipal Jwt admin, @PathVariable String code,
                            ServerWebExchange exchange, Model model) {
        if (!CODE.matcher(code).matches()) {
            return Mono.just(catalog.missing(exchange, model, "coupon"));
        }
        return backends.relay(Backend.MEMBERSHIP, HttpMethod.POST, admin.getTokenValue(), null,
                        COUPONS + "/{code}/deactivation", code)
                .flatMap(answer -> {
                    if (answer.getStatusCode().is2xxSuccessful()) {
                        return Mono.just("redirect:/admin/coupons?deactivated");
                    }
                    if (answer.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                        return Mono.just(catalog.missing(exchange, model, "coupon"));
                    }
                    AdminForms.refused(exchange, model, answer, json);
                    model.addAttribute("actionError", model.getAttribute("formError"));
                    model.asMap().remove("formError");
                    return page(admin, exchange, model, FRESH);
                })
                .onErrorResume(ApiProblem.class, e -> {
                    AdminForms.unavailable(exchange, model, e);
                    return Mono.just(PAGE);
                });
    }

    /** The list with the create form holding {@code fields}; 503 when the list cannot be read. */
    private Mono<String> page(Jwt admin, ServerWebExchange exchange, Model model, Map<String, String> fields) {
        model.addAttribute("v", fields);
        model.addAttribute("kinds", CouponForms.KINDS);
        model.addAttribute("durations", CouponForms.DURATIONS);
        return catalog.all(exchange, admin.getTokenValue(), Backend.MEMBERSHIP, COUPONS)
                .map(coupons -> {
                    model.addAttribute("coupons", coupons.stream().map(CouponForms::row).toList());
                    return PAGE;
                })
                .onErrorResume(ApiProblem.class, e -> Mono.just(catalog.failed(exchange, model, e, PAGE,
                        "list")));
    }
}
