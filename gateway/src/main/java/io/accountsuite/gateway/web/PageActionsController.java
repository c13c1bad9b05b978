package io.accountsuite.gateway.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.platform.problem.ApiProblem;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriTemplate;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account page's one-button actions (pay now, resubscribe, keep current plan, discard a change awaiting
 * payment, make primary, check again, remove a domain) without JavaScript: each button is also an HTML form posting
 * here. An action that asks for a confirmation gets a page asking it first, as the dialog does with JavaScript.
 * Only these calls are relayed, with the caller's own token, so the services' owner checks apply as for the API.
 * A refusal is told on the account page in the service's words, else in the gateway's ({@code account.action.*}).
 */
@Controller
@RequiredArgsConstructor
class PageActionsController {

    /**
     * A call the page offers: its method, its path as a URI template whose variables are ids, the backend that owns
     * it and the body it sends.
     */
    private record PageAction(HttpMethod method, UriTemplate path, Backend backend, Map<String, Object> body) {

        PageAction(HttpMethod method, String path, Backend backend, Map<String, Object> body) {
            this(method, new UriTemplate(path), backend, body);
        }

        /** The path's ids when {@code candidate} is this action's path with a UUID for each variable. */
        Optional<Object[]> ids(String method, String candidate) {
            if (!this.method.name().equals(method) || !path.matches(candidate)) {
                return Optional.empty();
            }
            Map<String, String> ids = path.match(candidate);
            boolean allIds = ids.values().stream().allMatch(id -> ID.matcher(id).matches());
            return allIds ? Optional.of(path.getVariableNames().stream().map(ids::get).toArray()) : Optional.empty();
        }
    }

    /** An offered action with the ids of the path it was asked for. */
    private record Match(PageAction action, Object[] ids) {
    }

    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private static final List<PageAction> ACTIONS = List.of(
            new PageAction(HttpMethod.POST, "/api/billing/invoices/{id}/payment", Backend.BILLING, Map.of()),
            new PageAction(HttpMethod.POST, "/api/memberships/{id}/resubscription", Backend.MEMBERSHIP, Map.of()),
            new PageAction(HttpMethod.DELETE, "/api/memberships/{id}/scheduled-change", Backend.MEMBERSHIP, Map.of()),
            new PageAction(HttpMethod.DELETE, "/api/memberships/{id}/pending-change", Backend.MEMBERSHIP, Map.of()),
            new PageAction(HttpMethod.POST, "/api/sites/{site}/domains/{domain}/primary", Backend.DOMAIN,
                    Map.of("confirm", true)),
            new PageAction(HttpMethod.POST, "/api/sites/{site}/domains/{domain}/verification", Backend.DOMAIN,
                    Map.of()),
            new PageAction(HttpMethod.DELETE, "/api/sites/{site}/domains/{domain}", Backend.DOMAIN, Map.of()),
            new PageAction(HttpMethod.POST, "/api/account/email/verification/resend", Backend.NOTIFICATION,
                    Map.of()));

    private final Backends backends;
    private final RefusalNotice refusals;
    private final MessageSource messages;
    private final JsonMapper json;

    @PostMapping("/account/actions")
    Mono<String> act(@AuthenticationPrincipal Jwt caller, ServerWebExchange exchange, Locale locale, Model model) {
        return exchange.getFormData().flatMap(form -> {
            String method = Optional.ofNullable(form.getFirst("method")).orElse("");
            String path = Optional.ofNullable(form.getFirst("path")).orElse("");
            String question = form.getFirst("confirm");
            Optional<Match> action = ACTIONS.stream()
                    .flatMap(a -> a.ids(method, path).map(ids -> new Match(a, ids)).stream()).findFirst();
            if (action.isEmpty()) {
                return Mono.just(refused(exchange, locale,
                        messages.getMessage("account.action.not-offered", null, locale)));
            }
            if (question != null && !question.isBlank() && !"yes".equals(form.getFirst("confirmed"))) {
                model.addAttribute("question", question);
                model.addAttribute("method", method);
                model.addAttribute("path", path);
                return Mono.just("confirm-action");
            }
            PageAction call = action.get().action();
            return backends.relay(call.backend(), call.method(), caller.getTokenValue(), call.body(),
                            call.path().toString(), action.get().ids())
                    .map(answer -> outcome(exchange, locale, answer))
                    .onErrorResume(ApiProblem.class, e -> Mono.just(refused(exchange, locale, e.detail())));
        });
    }

    private String outcome(ServerWebExchange exchange, Locale locale, ResponseEntity<byte[]> answer) {
        if (answer.getStatusCode().is2xxSuccessful()) {
            return "redirect:/account?done=action";
        }
        return refused(exchange, locale, FormAnswer.of(answer, json, locale).formError());
    }

    /** Back to the page, which shows why (the service's own words). */
    private String refused(ServerWebExchange exchange, Locale locale, String detail) {
        refusals.remember(exchange, detail == null || detail.isBlank()
                ? messages.getMessage("account.action.failed", null, locale) : detail);
        return "redirect:/account";
    }
}
