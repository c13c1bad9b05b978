package io.accountsuite.gateway.admin;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.language.Words;
import io.accountsuite.platform.problem.ApiProblem;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network admin's products (issue 20; the seed's Products page with its tabs): {@code GET /admin/products} lists
 * plans, packages and services with their price, whether they are sold and how many members hold them;
 * {@code /admin/products/new?type=plan|package|service} creates one ({@code POST /admin/products}); and
 * {@code /admin/products/{id}?tab=general|limits|templates|domains} edits one, each tab a form that posts here and
 * saves the whole product ({@link ProductForms}) with membership-service's {@code PUT /api/admin/products/{id}}.
 * The templates tab offers site-service's templates ({@code GET /api/admin/templates}). A refusal comes back beside
 * its field with the service's status; a service that does not answer gives 503, an unknown product 404.
 */
@Controller
@RequiredArgsConstructor
class ProductPagesController {

    private static final String LIST = "admin-products";
    private static final String PAGE = "admin-product";
    private static final String PRODUCTS = "/api/admin/products";
    private static final String PRODUCT = "/api/admin/products/{id}";
    private static final String TEMPLATES = "/api/admin/templates";

    /**
     * A line of the products' list; the page writes the price in its language.
     *
     * @param price  the API's money object ({@code {amount, currency}})
     * @param period the billing period ({@code {duration, unit}})
     */
    record ProductRow(String id, String name, String type, Map<?, ?> price, Map<?, ?> period, boolean active,
                      int holders) {
    }

    private final CatalogPages catalog;
    private final Backends backends;
    private final JsonMapper json;
    private final Words pageWords;

    @GetMapping("/admin/products")
    Mono<String> list(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        return catalog.all(exchange, admin.getTokenValue(), Backend.MEMBERSHIP, PRODUCTS)
                .map(products -> {
                    List<ProductRow> rows = products.stream().map(ProductPagesController::row).toList();
                    model.addAttribute("products", ordered(rows));
                    return LIST;
                })
                .onErrorResume(ApiProblem.class, e -> Mono.just(catalog.failed(exchange, model, e, LIST, "list")));
    }

    @GetMapping("/admin/products/new")
    String fresh(@RequestParam(required = false) @Nullable String type, ServerWebExchange exchange, Model model) {
        if (type == null || !ProductForms.TYPES.contains(type)) {
            return catalog.missing(exchange, model, "product-type");
        }
        Map<String, String> defaults = Map.of("currency", "USD", "periodDuration", "1", "periodUnit", "month",
                "active", "true", "billingCycles", "0", "trialDays", "0");
        return editor(model, Map.of("type", type), "general", defaults);
    }

    @PostMapping("/admin/products")
    Mono<String> create(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(form -> {
            String type = form.getFirst("type");
            if (type == null || !ProductForms.TYPES.contains(type)) {
                return Mono.just(catalog.missing(exchange, model, "product-type"));
            }
            Map<String, Object> body = ProductForms.edited(ProductForms.fresh(type), "general", form);
            Map<String, Object> product = Map.of("type", type);
            return backends.relay(Backend.MEMBERSHIP, HttpMethod.POST, admin.getTokenValue(), body, PRODUCTS)
                    .map(answer -> answer.getStatusCode().is2xxSuccessful()
                            ? CatalogPages.opened(answer, json, "/admin/products", "?tab=general&created")
                            : refused(exchange, model, answer, product, "general", body))
                    .onErrorResume(ApiProblem.class, e -> Mono.just(unavailable(exchange, model, e, product,
                            "general", ProductForms.fields(body))));
        });
    }

    @GetMapping("/admin/products/{id}")
    Mono<String> edit(@AuthenticationPrincipal Jwt admin, @PathVariable String id,
                      @RequestParam(defaultValue = "general") String tab, ServerWebExchange exchange, Model model) {
        if (!AdminReads.isUuid(id) || !ProductForms.TABS.contains(tab)) {
            return Mono.just(catalog.missing(exchange, model, "product"));
        }
        var query = exchange.getRequest().getQueryParams();
        if (query.containsKey("saved") || query.containsKey("created")) {
            model.addAttribute("notice", pageWords.in(exchange).get(query.containsKey("created")
                    ? "admin.product.created" : "admin.product.saved"));
        }
        String token = admin.getTokenValue();
        return catalog.one(exchange, token, Backend.MEMBERSHIP, "product", PRODUCT, id)
                .flatMap(view -> shown(token, exchange, model, view, tab,
                        ProductForms.fields(ProductForms.body(view))))
                .onErrorResume(ApiProblem.class, e -> Mono.just(failed(exchange, model, e)));
    }

    @PostMapping("/admin/products/{id}")
    Mono<String> save(@AuthenticationPrincipal Jwt admin, @PathVariable String id, ServerWebExchange exchange,
                      Model model) {
        String token = admin.getTokenValue();
        return exchange.getFormData().flatMap(form -> {
            String tab = form.getFirst("tab");
            if (!AdminReads.isUuid(id) || tab == null || !ProductForms.TABS.contains(tab)) {
                return Mono.just(catalog.missing(exchange, model, "product"));
            }
            return catalog.one(exchange, token, Backend.MEMBERSHIP, "product", PRODUCT, id)
                    .flatMap(view -> put(token, exchange, model, view, tab, form))
                    .onErrorResume(ApiProblem.class, e -> Mono.just(failed(exchange, model, e)));
        });
    }

    private Mono<String> put(String token, ServerWebExchange exchange, Model model, Map<String, Object> view,
                             String tab, MultiValueMap<String, String> form) {
        Map<String, Object> body = ProductForms.edited(ProductForms.body(view), tab, form);
        return backends.relay(Backend.MEMBERSHIP, HttpMethod.PUT, token, body, PRODUCT, view.get("id"))
                .flatMap(answer -> {
                    if (answer.getStatusCode().is2xxSuccessful()) {
                        return Mono.just("redirect:/admin/products/" + view.get("id") + "?tab=" + tab + "&saved");
                    }
                    AdminForms.refused(exchange, model, answer, json);
                    return shown(token, exchange, model, view, tab, ProductForms.fields(body));
                })
                .onErrorResume(ApiProblem.class, e -> Mono.just(unavailable(exchange, model, e, view, tab,
                        ProductForms.fields(body))));
    }

    /** The editor on {@code tab}; the templates tab with site-service's templates (503 when it cannot answer). */
    private Mono<String> shown(String token, ServerWebExchange exchange, Model model, Map<String, Object> view,
                               String tab, Map<String, String> fields) {
        String page = editor(model, view, tab, fields);
        if (!"templates".equals(tab)) {
            return Mono.just(page);
        }
        return catalog.all(exchange, token, Backend.SITE, TEMPLATES)
                .map(templates -> {
                    model.addAttribute("templateRows", ProductForms.templateRows(templates, fields));
                    return page;
                })
                .onErrorResume(ApiProblem.class, e -> Mono.just(unavailable(exchange, model, e, view, tab, fields)));
    }

    @SuppressWarnings("unchecked")
    private static String editor(Model model, Map<String, ?> product, String tab, Map<String, String> fields) {
        model.addAttribute("product", product);
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", ProductForms.TABS);
        model.addAttribute("v", fields);
        model.addAttribute("limits", ProductForms.LIMITS);
        model.addAttribute("units", ProductForms.UNITS);
        model.addAttribute("choices", ProductForms.CHOICES);
        model.addAttribute("stillHeld", ProductForms.stillHeld((Map<String, Object>) product));
        if (model.getAttribute("errors") instanceof Map<?, ?> errors) {
            Map<String, Object> elsewhere = new LinkedHashMap<>();
            ((Map<String, Object>) errors).forEach((field, message) -> {
                if (!ProductForms.onTab(tab, field)) {
                    elsewhere.put(field, message);
                }
            });
            model.addAttribute("otherErrors", elsewhere);
        }
        return PAGE;
    }

    private String refused(ServerWebExchange exchange, Model model, ResponseEntity<byte[]> answer,
                           Map<String, Object> product, String tab, Map<String, Object> body) {
        AdminForms.refused(exchange, model, answer, json);
        return editor(model, product, tab, ProductForms.fields(body));
    }

    private String failed(ServerWebExchange exchange, Model model, ApiProblem problem) {
        return catalog.failed(exchange, model, problem, PAGE, "product");
    }

    private static String unavailable(ServerWebExchange exchange, Model model, ApiProblem problem,
                                      Map<String, Object> product, String tab, Map<String, String> fields) {
        AdminForms.unavailable(exchange, model, problem);
        return editor(model, product, tab, fields);
    }


    private static ProductRow row(Map<String, Object> view) {
        return new ProductRow(String.valueOf(view.get("id")), String.valueOf(view.get("name")),
                String.valueOf(view.get("type")), (Map<?, ?>) view.get("price"), (Map<?, ?>) view.get("billingPeriod"),
                Boolean.TRUE.equals(view.get("active")),
                view.get("holders") instanceof Number n ? n.intValue() : 0);
    }

    /** The list's products in the order plans, packages, services (the service's order within each). */
    static List<ProductRow> ordered(List<ProductRow> rows) {
        return rows.stream().sorted(Comparator.comparingInt(r -> ProductForms.TYPES.indexOf(r.type())))
                .toList();
    }
}
