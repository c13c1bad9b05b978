package io.accountsuite.platform.problem;

import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a declared oversized body. Bodies without a length are capped while they are read
 * ({@code spring.codec.max-in-memory-size}), which ends in the same 413.
 * <p>
 * A declared body of up to {@value #DRAIN_LIMIT} bytes is read and dropped before the 413 (a lingering close,
 * RFC 9112 9.6): the refusal closes the connection, and a connection closed while the client is still sending is
 * reset, which throws away the answer the client had not read yet (the generated hostile input met a client that saw
 * no 413, only a dropped connection). A larger body is not read: closing at once is the defence against it.
 */
@RequiredArgsConstructor
public class RequestSizeLimit implements WebFilter, Ordered {

    /** The largest oversized body read and dropped before its 413, in bytes (1 MiB). */
    static final long DRAIN_LIMIT = 1024 * 1024;

    private final DataSize max;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > max.toBytes()) {
            Mono<Void> refusal = Mono.error(ProblemType.PAYLOAD_TOO_LARGE.problem(
                    Message.of("platform.body-exceeds", max.toKilobytes())));
            return length > DRAIN_LIMIT ? refusal
                    : exchange.getRequest().getBody().doOnNext(DataBufferUtils::release).then(refusal);
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
