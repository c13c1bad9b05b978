package io.accountsuite.platform.problem;

import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a declared oversized body before reading it. Bodies without a length are capped while they are read
 * ({@code spring.codec.max-in-memory-size}), which ends in the same 413.
 */
@RequiredArgsConstructor
public class RequestSizeLimit implements WebFilter, Ordered {

    private final DataSize max;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > max.toBytes()) {
            return Mono.error(ProblemType.PAYLOAD_TOO_LARGE.problem(
                    "The request body exceeds " + max.toKilobytes() + " KB"));
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
