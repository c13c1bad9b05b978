package io.accountsuite.gateway.admin;

import io.accountsuite.gateway.language.Words;
import io.accountsuite.gateway.web.FormAnswer;
import io.accountsuite.platform.problem.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.server.ServerWebExchange;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an admin page answers a form the owning service refused or could not take: the service's 4xx status (a 5xx
 * or an unreadable answer becomes 503) with its problem+json shown beside the fields ({@code errors}: field →
 * message) and at the top ({@code formError}); a service that does not answer sets {@code unavailable}.
 */
final class AdminForms {

    private AdminForms() {
    }

    /** Puts the refusal of {@code answer} (problem+json bytes) in the model and sets the page's status. */
    static void refused(ServerWebExchange exchange, Model model, ResponseEntity<byte[]> answer, JsonMapper json) {
        FormAnswer problem = FormAnswer.of(answer, json, Words.language(exchange));
        exchange.getResponse().setStatusCode(answer.getStatusCode().is4xxClientError() ? answer.getStatusCode()
                : HttpStatus.SERVICE_UNAVAILABLE);
        model.addAttribute("errors", problem.errors());
        model.addAttribute("formError", problem.formError());
    }

    /** A service that could not be reached (time limit, open breaker): 503 with its message, no form. */
    static void unavailable(ServerWebExchange exchange, Model model, ApiProblem problem) {
        exchange.getResponse().setStatusCode(problem.type().status());
        model.addAttribute("formError", problem.detail());
        model.addAttribute("unavailable", true);
    }
}
