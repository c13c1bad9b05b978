package io.accountsuite.gateway.admin;

import java.util.function.Supplier;

import io.accountsuite.platform.problem.ApiProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an operations page answers one of its forms once the owning service has been asked ({@code Backends.relay}):
 * a 2xx goes where {@code done} says (a redirect, so a reload does not send it again); a refusal renders the page
 * again with the service's problem beside the form ({@link AdminForms#refused}); a service that did not answer
 * renders it with 503 and its message ({@link AdminForms#unavailable}).
 */
final class AdminWrites {

    private AdminWrites() {
    }

    static Mono<String> answer(Mono<ResponseEntity<byte[]>> call, String done, Supplier<Mono<String>> page,
                               ServerWebExchange exchange, Model model, JsonMapper json) {
        return call.flatMap(answer -> answer.getStatusCode().is2xxSuccessful() ? Mono.just(done)
                        : page.get().doOnNext(view -> AdminForms.refused(exchange, model, answer, json)))
                .onErrorResume(ApiProblem.class, e -> page.get()
                        .doOnNext(view -> AdminForms.unavailable(exchange, model, e)));
    }
}
