package io.accountsuite.gateway.live;

import java.time.Duration;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** GET /api/account/events: the caller's own live events as Server-Sent Events, with a heartbeat. */
@RestController
class LiveEventsController {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final LiveEvents live;

    LiveEventsController(LiveEvents live) {
        this.live = live;
    }

    @GetMapping(path = "/api/account/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> events() {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> UUID.fromString(context.getAuthentication().getName()))
                .flatMapMany(customer -> Flux.merge(
                        live.of(customer).map(event -> ServerSentEvent.builder((Object) event.envelope().payload())
                                .id(event.envelope().eventId().toString())
                                .event(event.envelope().type())
                                .build()),
                        Flux.interval(HEARTBEAT).map(tick -> ServerSentEvent.builder()
                                .comment("still here").build())));
    }
}
