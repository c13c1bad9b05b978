package io.accountsuite.gateway.admin;

import java.util.List;
import java.util.UUID;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.backend.Block;
import io.accountsuite.gateway.language.Words;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
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
 * The network's custom domains (issue 20): {@code /admin/domains?stage=&trouble=true&customerId=} lists
 * domain-service's admin list (stage, primary, secure, what DNS answered, when last checked), "in trouble" being the
 * stages failed, ssl-failed and done-without-ssl; each row's "Check again" asks for a check now
 * ({@code POST /api/admin/domains/{id}/verification}, 202), a refusal shown in its row. Admins only
 * (GatewaySecurity).
 */
@Controller
@RequiredArgsConstructor
class AdminDomainsPageController {

    static final List<String> STAGES = List.of("checking-dns", "checking-ssl-cert", "done", "failed", "ssl-failed",
            "done-without-ssl");

    private static final String LIST = "admin-domains";
    private static final List<String> FILTERS = List.of("stage", "trouble", "customerId");

    private final Backends backends;
    private final JsonMapper json;
    private final Words pageWords;

    @GetMapping("/admin/domains")
    Mono<String> list(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        var query = exchange.getRequest().getQueryParams();
        if (query.containsKey("checked")) {
            model.addAttribute("notice", pageWords.in(exchange).get("admin.domains.checked.notice"));
        }
        return show(admin.getTokenValue(), query, exchange, model);
    }

    @PostMapping("/admin/domains/{id}/verification")
    Mono<String> checkAgain(@PathVariable UUID id, @AuthenticationPrincipal Jwt admin, ServerWebExchange exchange,
                            Model model) {
        String token = admin.getTokenValue();
        model.addAttribute("rowId", id.toString());
        return exchange.getFormData().flatMap(form -> AdminWrites.answer(
                backends.relay(Backend.DOMAIN, HttpMethod.POST, token, null,
                        "/api/admin/domains/{id}/verification", id),
                "redirect:" + AdminReads.listPath("/admin/domains", form, FILTERS, "checked"),
                () -> show(token, form, exchange, model), exchange, model, json));
    }

    private Mono<String> show(String token, MultiValueMap<String, String> filters, ServerWebExchange exchange,
                              Model model) {
        String stage = AdminReads.blankAsNull(filters.getFirst("stage"));
        String trouble = AdminReads.blankAsNull(filters.getFirst("trouble"));
        String customerId = AdminReads.blankAsNull(filters.getFirst("customerId"));
        model.addAttribute("stage", stage);
        model.addAttribute("trouble", "true".equals(trouble));
        model.addAttribute("customerId", customerId);
        model.addAttribute("stages", STAGES);
        Words.InLanguage words = pageWords.in(exchange);
        String wrong = stage != null && !STAGES.contains(stage) ? words.get("admin.domains.stage.wrong", stage)
                : trouble != null && !"true".equals(trouble) ? words.get("admin.domains.trouble.wrong")
                : customerId != null && !AdminReads.isUuid(customerId) ? words.get("admin.filter.customer-id.wrong")
                : null;
        if (wrong != null) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            model.addAttribute("filterError", wrong);
            model.addAttribute("domains", Block.none());
            return Mono.just(LIST);
        }
        return AdminReads.list(backends, Backend.DOMAIN, token, "/api/admin/domains", "stage", stage,
                "customerId", customerId, "trouble", trouble).map(domains -> {
                    AdminReads.status(exchange, domains);
                    model.addAttribute("domains", domains);
                    return LIST;
                });
    }
}
