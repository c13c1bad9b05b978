package io.accountsuite.gateway.admin;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.backend.Block;
import io.accountsuite.gateway.composition.AuditComposition;
import io.accountsuite.gateway.language.Words;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network admin's customers (issue 20): {@code /admin/customers?q=} searches identity-service's customers by
 * email or name; {@code /admin/customers/{id}} shows one (email, name, roles, status) with their memberships, sites,
 * invoices and domains (each service's admin list filtered by customerId, each on its own: a service that does not
 * answer leaves its block "temporarily unavailable" and the page answers 503) and the audit entries about them
 * ({@link AuditComposition}); its forms promote the customer to admin or demote them
 * ({@code POST|DELETE /api/admin/customers/{id}/admin}), identity's refusal (409 {@code last-admin}) shown on the page.
 * Admins only (GatewaySecurity).
 */
@Controller
@RequiredArgsConstructor
class AdminCustomersPageController {

    private static final String CUSTOMER = "admin-customer";
    /** The longest search identity-service takes. */
    private static final int SEARCH_LENGTH = 200;

    private final Backends backends;
    private final AuditComposition audit;
    private final JsonMapper json;
    private final Words pageWords;

    @GetMapping("/admin/customers")
    Mono<String> search(@RequestParam(required = false) @Nullable String q, @AuthenticationPrincipal Jwt admin,
                        ServerWebExchange exchange, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        if (q != null && q.strip().length() > SEARCH_LENGTH) {
            // identity-service refuses longer searches (400); say so beside the box rather than as a missing list
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            model.addAttribute("searchError", pageWords.in(exchange).get("admin.customers.too-long",
                    SEARCH_LENGTH));
            model.addAttribute("customers", Block.none());
            return Mono.just("admin-customers");
        }
        return AdminReads.list(backends, Backend.IDENTITY, admin.getTokenValue(), "/api/admin/customers", "q", q)
                .map(customers -> {
                    AdminReads.status(exchange, customers);
                    model.addAttribute("customers", customers);
                    return "admin-customers";
                });
    }

    @GetMapping("/admin/customers/{id}")
    Mono<String> customer(@PathVariable UUID id, @AuthenticationPrincipal Jwt admin, ServerWebExchange exchange,
                          Model model) {
        var query = exchange.getRequest().getQueryParams();
        if (query.containsKey("promoted") || query.containsKey("demoted") || query.containsKey("created")) {
            model.addAttribute("notice", pageWords.in(exchange).get(query.containsKey("promoted")
                    ? "admin.customer.promoted" : query.containsKey("demoted") ? "admin.customer.demoted"
                    : "admin.customer.created"));
        }
        return show(id, admin.getTokenValue(), exchange, model);
    }

    @PostMapping("/admin/customers/{id}/promotion")
    Mono<String> promote(@PathVariable UUID id, @AuthenticationPrincipal Jwt admin, ServerWebExchange exchange,
                         Model model) {
        return changeRole(id, HttpMethod.POST, "promoted", admin.getTokenValue(), exchange, model);
    }

    @PostMapping("/admin/customers/{id}/demotion")
    Mono<String> demote(@PathVariable UUID id, @AuthenticationPrincipal Jwt admin, ServerWebExchange exchange,
                        Model model) {
        return changeRole(id, HttpMethod.DELETE, "demoted", admin.getTokenValue(), exchange, model);
    }

    private Mono<String> changeRole(UUID id, HttpMethod method, String done, String token, ServerWebExchange exchange,
                                    Model model) {
        return AdminWrites.answer(
                backends.relay(Backend.IDENTITY, method, token, null, "/api/admin/customers/{id}/admin", id),
                "redirect:/admin/customers/" + id + "?" + done, () -> show(id, token, exchange, model), exchange, model,
                json);
    }

    /** The customer and every block about them, read at once; 404 for a customer identity does not know. */
    private Mono<String> show(UUID id, String token, ServerWebExchange exchange, Model model) {
        String customerId = id.toString();
        return Mono.zip(backends.get(Backend.IDENTITY, token, AdminReads.LIMIT, "/api/admin/customers/{id}", id),
                list(Backend.MEMBERSHIP, token, "/api/admin/memberships", customerId),
                list(Backend.SITE, token, "/api/admin/sites", customerId),
                list(Backend.BILLING, token, "/api/admin/invoices", customerId),
                list(Backend.DOMAIN, token, "/api/admin/domains", customerId),
                audit.read(token, id, AuditComposition.DEFAULT_LIMIT)).map(t -> {
                    Block customer = t.getT1();
                    model.addAttribute("customer", customer);
                    if ("none".equals(customer.status())) {
                        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                        return CUSTOMER;
                    }
                    AdminReads.status(exchange, customer, t.getT2(), t.getT3(), t.getT4(), t.getT5());
                    model.addAttribute("admin", customer.isOk() && isAdmin(customer.data()));
                    model.addAttribute("memberships", t.getT2());
                    model.addAttribute("sites", t.getT3());
                    model.addAttribute("invoices", t.getT4());
                    model.addAttribute("domains", t.getT5());
                    model.addAttribute("audit", AuditRow.of(t.getT6(), json));
                    model.addAttribute("auditUnavailable", t.getT6().unavailable());
                    return CUSTOMER;
                });
    }

    private Mono<Block> list(Backend backend, String token, String path, String customerId) {
        return AdminReads.list(backends, backend, token, path, "customerId", customerId);
    }

    private static boolean isAdmin(@Nullable Object customer) {
        return customer instanceof Map<?, ?> c && c.get("roles") instanceof Collection<?> roles
                && roles.contains("admin");
    }
}
