package io.accountsuite.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiProblem} as {@code application/problem+json} (RFC 9457: the {@link ProblemDetail}'s members,
 * its extension members flattened beside them), shared by every error path of a service, and closes the connection
 * after it. The title, detail and field messages are in the exchange's language
 * ({@link ServerWebExchange#getLocaleContext()}: {@code Accept-Language}, English by default; see
 * {@link ProblemMessages}).
 */
public class ProblemResponses {

    private final JsonMapper mapper;
    private final ProblemMessages messages;

    public ProblemResponses(JsonMapper mapper, ProblemMessages messages) {
        this.mapper = mapper;
        this.messages = messages;
    }

    /** Over the problem bundles of the classpath. */
    public ProblemResponses(JsonMapper mapper) {
        this(mapper, ProblemMessages.standard());
    }

    public Mono<Void> write(ServerWebExchange exchange, ApiProblem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(problem);
        }
        response.setStatusCode(problem.type().status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setCacheControl("no-store");
        problem.headers().forEach((name, value) -> response.getHeaders().set(name, value));
        // A refusal is often answered before the request has wound down (the firewall, a missing token); a client's
        // next request on that kept-alive connection can then never be read by Reactor Netty up to 1.3.8
        // (reactor-netty#4361). Refusals are rare enough that a fresh connection after each costs nothing that
        // matters: HostileInputIT met the hang after a firewall refusal with and without a body.
        response.getHeaders().setConnection("close");
        Locale locale = exchange.getLocaleContext().getLocale();
        byte[] body = mapper.writeValueAsBytes(body(problem, exchange.getRequest().getPath().value(), messages,
                locale));
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    /** The problem+json members of {@code problem} answering a request for {@code instance}, in English. */
    public static Map<String, Object> body(ApiProblem problem, String instance) {
        return body(problem, instance, ProblemMessages.standard(), ProblemMessages.DEFAULT);
    }

    /** The problem+json members of {@code problem} answering a request for {@code instance}, in {@code locale}. */
    public static Map<String, Object> body(ApiProblem problem, String instance, ProblemMessages messages,
                                           Locale locale) {
        ProblemDetail detail = problem.getBody();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(detail.getType()));
        body.put("title", problem.title(messages, locale));
        body.put("status", detail.getStatus());
        String text = problem.detail(messages, locale);
        if (text != null) {
            body.put("detail", text);
        }
        body.put("instance", detail.getInstance() == null ? instance : detail.getInstance().toString());
        List<FieldError> errors = problem.errors(messages, locale);
        if (!errors.isEmpty()) {
            body.put(ApiProblem.ERRORS, errors);
        }
        problem.members().forEach(body::putIfAbsent);
        return body;
    }
}
