package io.accountsuite.gateway.admin;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network admin's site templates (issue 20): {@code GET /admin/templates} lists them with their blueprint's size
 * and whether they are offered, {@code /admin/templates/new} creates one, {@code /admin/templates/{id}} edits its
 * name, description, preview address and content blueprint (posts, pages, files: {@link TemplateForms}), and
 * {@code POST /admin/templates/{id}/deactivation} stops offering it. All through site-service's
 * {@code /api/admin/templates}; a refusal comes back beside its field, 404 for an unknown template, 503 when
 * site-service does not answer.
 */
@Controller
@RequiredArgsConstructor
class TemplatePagesController {

    private static final String LIST = "admin-templates";
    private static final String PAGE = "admin-template";
    private static final String TEMPLATES = "/api/admin/templates";
    private static final String TEMPLATE = "/api/admin/templates/{id}";

    /** A line of the templates' list: its blueprint's posts, pages and files counted. */
    record TemplateRow(String id, String name, String description, int posts, int pages, int media, boolean active) {
    }

    private final CatalogPages catalog;
    private final Backends backends;
    private final JsonMapper json;
    private final Words pageWords;

    @GetMapping("/admin/templates")
    Mono<String> list(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        if (exchange.getRequest().getQueryParams().containsKey("deactivated")) {
            model.addAttribute("notice", pageWords.in(exchange).get("admin.templates.deactivated"));
        }
        return catalog.all(exchange, admin.getTokenValue(), Backend.SITE, TEMPLATES)
                .map(templates -> {
                    model.addAttribute("templates", templates.stream().map(TemplatePagesController::row).toList());
                    return LIST;
                })
                .onErrorResume(ApiProblem.class, e -> Mono.just(catalog.failed(exchange, model, e, LIST,
                        "list")));
    }

    @GetMapping("/admin/templates/new")
    String fresh(Model model) {
        return editor(model, null, Map.of("active", "true"));
    }

    @PostMapping("/admin/templates")
    Mono<String> create(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(form -> send(admin, exchange, model, form, null));
    }

    @GetMapping("/admin/templates/{id}")
    Mono<String> edit(@AuthenticationPrincipal Jwt admin, @PathVariable String id, ServerWebExchange exchange,
                      Model model) {
        if (!AdminReads.isUuid(id)) {
            return Mono.just(catalog.missing(exchange, model, "template"));
        }
        var query = exchange.getRequest().getQueryParams();
        if (query.containsKey("saved") || query.containsKey("created")) {
            model.addAttribute("notice", pageWords.in(exchange).get(query.containsKey("created")
                    ? "admin.template.created" : "admin.template.saved"));
        }
        return catalog.one(exchange, admin.getTokenValue(), Backend.SITE, "template", TEMPLATE, id)
                .map(view -> editor(model, view, TemplateForms.fields(TemplateForms.body(view,
                        TemplateForms.active(view)))))
                .onErrorResume(ApiProblem.class, e -> Mono.just(catalog.failed(exchange, model, e, PAGE,
                        "template")));
    }

    @PostMapping("/admin/templates/{id}")
    Mono<String> save(@AuthenticationPrincipal Jwt admin, @PathVariable String id, ServerWebExchange exchange,
                      Model model) {
        if (!AdminReads.isUuid(id)) {
            return Mono.just(catalog.missing(exchange, model, "template"));
        }
        return exchange.getFormData().flatMap(form -> send(admin, exchange, model, form, id));
    }

    /**
     * Creates ({@code id} null) or saves a template as the form says: to its page when the service takes it, else
     * the form again with the refusal (404 for a template that is gone).
     */
    private Mono<String> send(Jwt admin, ServerWebExchange exchange, Model model, MultiValueMap<String, String> form,
                              @Nullable String id) {
        TemplateForms.Submitted submitted = TemplateForms.edited(form);
        Map<String, Object> template = id == null ? null : Map.of("id", id, "name", String.valueOf(form.getFirst(
                "name")));
        Mono<ResponseEntity<byte[]>> call = id == null
                ? backends.relay(Backend.SITE, HttpMethod.POST, admin.getTokenValue(), submitted.body(), TEMPLATES)
                : backends.relay(Backend.SITE, HttpMethod.PUT, admin.getTokenValue(), submitted.body(), TEMPLATE, id);
        return call.map(answer -> {
            if (answer.getStatusCode().is2xxSuccessful()) {
                return id == null ? CatalogPages.opened(answer, json, "/admin/templates", "?created")
                        : "redirect:/admin/templates/" + id + "?saved";
            }
            return answer.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
                    ? catalog.missing(exchange, model, "template")
                    : refused(exchange, model, answer, template, submitted, TemplateForms.fields(form));
        }).onErrorResume(ApiProblem.class, e -> Mono.just(unavailable(exchange, model, e, template,
                TemplateForms.fields(form))));
    }

    /** Stops offering a template: its current self, saved with {@code active} false. */
    @PostMapping("/admin/templates/{id}/deactivation")
    Mono<String> deactivate(@AuthenticationPrincipal Jwt admin, @PathVariable String id, ServerWebExchange exchange,
                            Model model) {
        if (!AdminReads.isUuid(id)) {
            return Mono.just(catalog.missing(exchange, model, "template"));
        }
        String token = admin.getTokenValue();
        return catalog.one(exchange, token, Backend.SITE, "template", TEMPLATE, id)
                .flatMap(view -> {
                    Map<String, Object> body = TemplateForms.body(view, false);
                    var submitted = new TemplateForms.Submitted(body, Map.of());
                    return backends.relay(Backend.SITE, HttpMethod.PUT, token, body, TEMPLATE, id)
                            .map(answer -> answer.getStatusCode().is2xxSuccessful()
                                    ? "redirect:/admin/templates?deactivated"
                                    : refused(exchange, model, answer, view, submitted,
                                    TemplateForms.fields(TemplateForms.body(view, TemplateForms.active(view)))));
                })
                .onErrorResume(ApiProblem.class, e -> Mono.just(catalog.failed(exchange, model, e, PAGE,
                        "template")));
    }

    private static String editor(Model model, @Nullable Map<String, Object> template, Map<String, String> fields) {
        model.addAttribute("template", template);
        model.addAttribute("v", fields);
        model.addAttribute("rows", TemplateForms.rows(fields));
        model.addAttribute("lists", TemplateForms.LISTS);
        model.addAttribute("statuses", TemplateForms.STATUSES);
        return PAGE;
    }

    /** The form again with the service's refusal beside the rows' inputs, and what fits no input above it. */
    @SuppressWarnings("unchecked")
    private String refused(ServerWebExchange exchange, Model model, ResponseEntity<byte[]> answer,
                           @Nullable Map<String, Object> template, TemplateForms.Submitted submitted,
                           Map<String, String> fields) {
        AdminForms.refused(exchange, model, answer, json);
        Map<String, String> errors = submitted.formErrors((Map<String, String>) model.getAttribute("errors"));
        model.addAttribute("errors", errors);
        Map<String, String> elsewhere = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (!fields.containsKey(field) && !List.of("name", "description", "previewUrl").contains(field)) {
                elsewhere.put(field, message);
            }
        });
        model.addAttribute("otherErrors", elsewhere);
        return editor(model, template, fields);
    }

    private static String unavailable(ServerWebExchange exchange, Model model, ApiProblem problem,
                                      @Nullable Map<String, Object> template, Map<String, String> fields) {
        AdminForms.unavailable(exchange, model, problem);
        return editor(model, template, fields);
    }


    private static TemplateRow row(Map<String, Object> view) {
        Map<String, Integer> size = TemplateForms.blueprintSize(view.get("blueprint"));
        return new TemplateRow(String.valueOf(view.get("id")), String.valueOf(view.get("name")),
                view.get("description") == null ? "" : view.get("description").toString(),
                size.get("posts"), size.get("pages"), size.get("media"), TemplateForms.active(view));
    }
}
