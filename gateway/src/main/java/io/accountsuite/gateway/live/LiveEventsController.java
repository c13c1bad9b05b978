package io.accountsuite.gateway.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.accountsuite.platform.security.sessions.EndedSessionFilter;
import io.accountsuite.platform.security.sessions.SessionRevocations;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * GET /api/account/events: the caller's own live events as Server-Sent Events, with a heartbeat. A stream lasts no
 * longer than the access token it was opened with, and ends as soon as that token's session ends (sign-out, password
 * change, deletion): the browser reconnects with whatever its cookies hold then, which a signed-out page no longer
 * has (OWASP ASVS v5 7.4.1).
 */
@RestController
@RequiredArgsConstructor
class LiveEventsController {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final LiveEvents live;
    private final SessionRevocations revocations;
    private final Clock clock;

    /**
     * Streams the caller's own live events as Server-Sent Events, with a heartbeat every 15 seconds.
     *
     * Each event's {@code id} is its event id and its {@code event} its type; the data is the event's payload. The
     * stream ends when the access token expires or its session ends, with {@code Connection: close}: a connection
     * that carried a stream is not reused. A request arriving on a kept-alive connection while the stream's work is
     * still winding down can leave Reactor Netty up to 1.3.8 never reading that connection again (reactor-netty#4361):
     * the browser's next page load there hung.
     */
    @GetMapping(path = "/api/account/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> events(ServerHttpResponse response) {
        response.getHeaders().setConnection("close");
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> (JwtAuthenticationToken) context.getAuthentication())
                .flatMapMany(token -> stream(UUID.fromString(token.getName())).takeUntilOther(ended(token)));
    }

    /**
     * A comment first, so that the response starts at once: a browser's EventSource opens (and the page re-reads
     * what it missed) now, not at the first heartbeat.
     */
    private Flux<ServerSentEvent<Object>> stream(UUID customer) {
        return Flux.merge(
                Flux.just(ServerSentEvent.builder().comment("connected").build()),
                live.of(customer).map(event -> ServerSentEvent.builder((Object) event.envelope().payload())
                        .id(event.envelope().eventId().toString())
                        .event(event.envelope().type())
                        .build()),
                Flux.interval(HEARTBEAT).map(tick -> ServerSentEvent.builder().comment("still here").build()));
    }

    /** Completes when the token expires or its session ends, whichever comes first. */
    private Mono<Object> ended(JwtAuthenticationToken token) {
        UUID customer = UUID.fromString(token.getName());
        Instant expiresAt = token.getToken().getExpiresAt();
        Duration left = expiresAt == null ? Duration.ZERO : Duration.between(clock.instant(), expiresAt);
        Mono<Object> expiry = Mono.delay(left.isNegative() ? Duration.ZERO : left).cast(Object.class);
        Mono<Object> sessionEnd = revocations.changes()
                .filter(customer::equals)
                .filter(changed -> EndedSessionFilter.ended(revocations, token))
                .next().cast(Object.class);
        return Mono.firstWithSignal(expiry, sessionEnd);
    }
}
