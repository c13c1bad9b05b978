package io.accountsuite.gateway.web;

import io.accountsuite.gateway.backend.NotificationClient;
import io.accountsuite.gateway.language.Words;
import io.accountsuite.platform.problem.ApiProblem;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the verification link of a mail leads. Opening it shows a button; only pressing it uses the link (a POST),
 * so a mail scanner that fetches links ahead of the reader does not spend it. No sign-in is needed: the link itself
 * proves the mailbox.
 */
@Controller
@RequiredArgsConstructor
class EmailVerificationController {

    private static final String PAGE = "verify-email";

    private final NotificationClient notifications;
    private final JsonMapper json;
    private final Words words;

    @GetMapping("/verify-email")
    String confirmPage(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return PAGE;
    }

    @PostMapping("/verify-email")
    Mono<String> confirm(ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token") == null ? "" : form.getFirst("token");
            return notifications.verify(token)
                    .map(answer -> {
                        if (answer.getStatusCode().is2xxSuccessful()) {
                            model.addAttribute("verified", "email-change".equals(purpose(answer.getBody()))
                                    ? words.of(exchange, "verify.new-address-confirmed")
                                    : words.of(exchange, "verify.confirmed"));
                            return PAGE;
                        }
                        boolean refused = answer.getStatusCode().is4xxClientError();
                        return failed(exchange, model, refused ? HttpStatus.BAD_REQUEST : HttpStatus.SERVICE_UNAVAILABLE,
                                refused ? "verify.link-unusable" : "verify.unavailable");
                    })
                    .onErrorResume(ApiProblem.class, unavailable -> Mono.just(failed(exchange, model,
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "verify.unavailable")));
        });
    }

    /** The {@code purpose} of notification-service's answer; null when it cannot be read. */
    private String purpose(byte[] body) {
        try {
            return body == null ? null : json.readTree(body).path("purpose").asText(null);
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    private String failed(ServerWebExchange exchange, Model model, HttpStatus status, String messageKey) {
        exchange.getResponse().setStatusCode(status);
        model.addAttribute("error", words.of(exchange, messageKey));
        return PAGE;
    }
}
