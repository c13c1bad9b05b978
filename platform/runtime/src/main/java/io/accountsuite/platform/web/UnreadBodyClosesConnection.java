package io.accountsuite.platform.web;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers a request whose body was never read to its end with {@code Connection: close}, so that the client sends its
 * next request on a fresh connection.
 * <p>
 * Why: a refusal can come before anything reads the body (the firewall, a missing token, a size limit, a route that
 * does not exist). With the body's bytes still arriving on a keep-alive connection, Reactor Netty up to 1.3.8 (the
 * newest this suite can use) can stop reading that connection, and the client's next request on it never gets an
 * answer (reactor-netty#4361, fixed in later versions). HostileInputIT met it once in a few runs. Requests without a
 * body, and every request whose body was read, keep their connection.
 */
public class UnreadBodyClosesConnection implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!carriesBody(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        AtomicBoolean read = new AtomicBoolean();
        exchange.getResponse().beforeCommit(() -> {
            if (!read.get()) {
                exchange.getResponse().getHeaders().setConnection("close");
            }
            return Mono.empty();
        });
        return chain.filter(new ReadTracking(exchange, read));
    }

    /** First of all filters, so that a refusal by any later one (the security firewall included) is covered. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static boolean carriesBody(ServerHttpRequest request) {
        return request.getHeaders().getContentLength() > 0
                || request.getHeaders().getFirst(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** The exchange, noting when its body (as bytes, a form or parts) has been read to its end. */
    private static final class ReadTracking extends ServerWebExchangeDecorator {

        private final ServerHttpRequest request;
        private final AtomicBoolean read;

        ReadTracking(ServerWebExchange exchange, AtomicBoolean read) {
            super(exchange);
            this.read = read;
            this.request = new ServerHttpRequestDecorator(exchange.getRequest()) {
                @Override
                public Flux<DataBuffer> getBody() {
                    return super.getBody().doOnComplete(() -> read.set(true));
                }
            };
        }

        @Override
        public ServerHttpRequest getRequest() {
            return request;
        }

        @Override
        public Mono<MultiValueMap<String, String>> getFormData() {
            return super.getFormData().doOnSuccess(form -> read.set(true));
        }

        @Override
        public Mono<MultiValueMap<String, Part>> getMultipartData() {
            return super.getMultipartData().doOnSuccess(parts -> read.set(true));
        }
    }
}
