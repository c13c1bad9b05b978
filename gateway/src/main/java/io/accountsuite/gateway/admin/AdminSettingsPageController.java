package io.accountsuite.gateway.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import io.accountsuite.gateway.composition.NetworkSettingsComposition;
import io.accountsuite.gateway.language.Words;
import io.accountsuite.platform.problem.ApiProblem;
import lombok.RequiredArgsConstructor;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The network admin's settings page (issue 20; the seed's Settings → Sites "Allow Template Switching" and Settings →
 * Domain Mapping): template switching, domain mapping, the add-domain instructions with a preview that fills in
 * {@code %NETWORK_DOMAIN%} and {@code %NETWORK_IP%}, the network's domain and IP, and the mails' sender. It reads and
 * saves through the composed {@code /api/admin/settings} ({@link NetworkSettingsComposition}); a refusal comes back
 * with each service's message beside its field. Admins only (GatewaySecurity).
 */
@Controller
@RequiredArgsConstructor
class AdminSettingsPageController {

    private static final String PAGE = "admin-settings";

    private final NetworkSettingsComposition settings;
    private final JsonMapper json;
    private final Words pageWords;

    @GetMapping("/admin")
    String admin() {
        return "redirect:/admin/overview";
    }

    @GetMapping("/admin/settings")
    Mono<String> page(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        if (exchange.getRequest().getQueryParams().containsKey("saved")) {
            model.addAttribute("notice", pageWords.in(exchange).get("admin.settings.saved"));
        }
        return settings.read(admin.getTokenValue())
                .map(current -> show(model, current))
                .onErrorResume(ApiProblem.class, e -> Mono.just(unavailable(exchange, model, e, Map.of())));
    }

    @PostMapping("/admin/settings")
    Mono<String> save(@AuthenticationPrincipal Jwt admin, ServerWebExchange exchange, Model model) {
        String token = admin.getTokenValue();
        return exchange.getFormData().flatMap(form -> settings.read(token)
                .flatMap(current -> {
                    Map<String, Object> edited = edited(current, form);
                    return settings.save(token, edited).map(answer -> answer.getStatusCode().is2xxSuccessful()
                            ? "redirect:/admin/settings?saved" : refused(exchange, model, answer, edited));
                })
                .onErrorResume(ApiProblem.class, e -> Mono.just(unavailable(exchange, model, e, Map.of()))));
    }

    /** The current settings with the page's fields as submitted; unchecked boxes are false, a blank IP none. */
    static Map<String, Object> edited(Map<String, Object> current, MultiValueMap<String, String> form) {
        Map<String, Object> edited = new LinkedHashMap<>(current);
        edited.put("allowTemplateSwitching", form.containsKey("allowTemplateSwitching"));
        edited.put("domainMappingEnabled", form.containsKey("domainMappingEnabled"));
        for (String field : new String[] {"addDomainInstructions", "networkDomain", "networkIp", "senderName",
                "senderAddress"}) {
            String value = form.getFirst(field);
            edited.put(field, value == null || value.isBlank() ? null : value.strip());
        }
        return edited;
    }

    /** The instructions as customers read them: the placeholders filled in. */
    static String preview(Map<String, Object> s) {
        String instructions = s.get("addDomainInstructions") == null ? "" : s.get("addDomainInstructions").toString();
        return instructions.replace("%NETWORK_DOMAIN%", String.valueOf(s.getOrDefault("networkDomain", "")))
                .replace("%NETWORK_IP%", s.get("networkIp") == null ? "" : s.get("networkIp").toString());
    }

    private static String show(Model model, Map<String, Object> values) {
        model.addAttribute("s", values);
        model.addAttribute("preview", preview(values));
        return PAGE;
    }

    @SuppressWarnings("unchecked")
    private String refused(ServerWebExchange exchange, Model model, ResponseEntity<?> answer,
                           Map<String, Object> submitted) {
        AdminForms.refused(exchange, model, (ResponseEntity<byte[]>) answer, json);
        return show(model, submitted);
    }

    private static String unavailable(ServerWebExchange exchange, Model model, ApiProblem problem,
                                      Map<String, Object> values) {
        AdminForms.unavailable(exchange, model, problem);
        return show(model, values);
    }
}
