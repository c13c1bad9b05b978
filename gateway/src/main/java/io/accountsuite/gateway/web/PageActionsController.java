package io.accountsuite.gateway.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.accountsuite.gateway.composition.Backends;
import io.accountsuite.platform.problem.ApiProblem;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account page's one-button actions (pay now, resubscribe, keep current plan, discard a change awaiting
 * payment, make primary, check again, remove a domain) without JavaScript: each button is also an HTML form posting here. An action that asks for a
 * confirmation gets a page asking it first, as the dialog does with JavaScript. Only these calls are relayed, with
 * the caller's own token, so the services' owner checks apply as for the API.
 */
@Controller
class PageActionsController {

    private static final String ID = "[0-9a-fA-F-]{36}";

    /** A call the page offers: its method, its path's shape, the backend that owns it and the body it sends. */
    private record PageAction(HttpMethod method, Pattern path, String backend, Map<String, Object> body) {
        boolean matches(String method, String candidate) {
            return this.method.name().equals(method) && path.matcher(candidate).matches();
        }
    }

    private static final List<PageAction> ACTIONS = List.of(
            new PageAction(HttpMethod.POST, Pattern.compile("/api/billing/invoices/" + ID + "/payment"), "billing",
                    Map.of()),
            new PageAction(HttpMethod.POST, Pattern.compile("/api/memberships/" + ID + "/resubscription"),
                    "membership", Map.of()),
            new PageAction(HttpMethod.DELETE, Pattern.compile("/api/memberships/" + ID + "/scheduled-change"),
                    "membership", Map.of()),
            new PageAction(HttpMethod.DELETE, Pattern.compile("/api/memberships/" + ID + "/pending-change"),
                    "membership", Map.of()),
            new PageAction(HttpMethod.POST, Pattern.compile("/api/sites/" + ID + "/domains/" + ID + "/primary"),
                    "domain", Map.of("confirm", true)),
            new PageAction(HttpMethod.POST, Pattern.compile("/api/sites/" + ID + "/domains/" + ID + "/verification"),
                    "domain", Map.of()),
            new PageAction(HttpMethod.DELETE, Pattern.compile("/api/sites/" + ID + "/domains/" + ID), "domain",
                    Map.of()));

    private final Backends backends;
    private final RefusalNotice refusals;
    private final JsonMapper json;

    PageActionsController(Backends backends, RefusalNotice refusals, JsonMapper json) {
        this.backends = backends;
        this.refusals = refusals;
        this.json = json;
    }

    @PostMapping("/account/actions")
    Mono<String> act(@AuthenticationPrincipal Jwt caller, ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(form -> {
            String method = Optional.ofNullable(form.getFirst("method")).orElse("");
            String path = Optional.ofNullable(form.getFirst("path")).orElse("");
            String question = form.getFirst("confirm");
            Optional<PageAction> action = ACTIONS.stream().filter(a -> a.matches(method, path)).findFirst();
            if (action.isEmpty()) {
                return Mono.just(refused(exchange, "This action is not offered on the page."));
            }
            if (question != null && !question.isBlank() && !"yes".equals(form.getFirst("confirmed"))) {
                model.addAttribute("question", question);
                model.addAttribute("method", method);
                model.addAttribute("path", path);
                return Mono.just("confirm-action");
            }
            return backends.relay(action.get().backend(), action.get().method(), path, caller.getTokenValue(),
                            action.get().body())
                    .map(answer -> outcome(exchange, answer))
                    .onErrorResume(ApiProblem.class, e -> Mono.just(refused(exchange, e.detail())));
        });
    }

    private String outcome(ServerWebExchange exchange, ResponseEntity<byte[]> answer) {
        if (answer.getStatusCode().is2xxSuccessful()) {
            return "redirect:/account?done=action";
        }
        return refused(exchange, FormAnswer.of(answer, json).formError());
    }

    /** Back to the page, which shows why (the service's own words). */
    private String refused(ServerWebExchange exchange, String detail) {
        refusals.remember(exchange, detail == null || detail.isBlank()
                ? "That could not be done; please try again." : detail);
        return "redirect:/account";
    }
}
