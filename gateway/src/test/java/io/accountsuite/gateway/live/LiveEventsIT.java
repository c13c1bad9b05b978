package io.accountsuite.gateway.live;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.domain.DomainEvents;
import io.accountsuite.contracts.domain.DomainEvents.DomainStageChanged;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.SessionRevoked;
import io.accountsuite.gateway.GatewayTest;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@GatewayTest
class LiveEventsIT {


    @Autowired WebTestClient web;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventJson json;

    @Test
    void a_customers_stream_carries_their_own_events_and_nobody_elses() {
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        List<ServerSentEvent<Map<String, Object>>> received = new CopyOnWriteArrayList<>();
        Disposable stream = web.mutate().responseTimeout(Duration.ofMinutes(1)).build()
                .get().uri("/api/account/events").accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(TestTokens.accessToken(ann)))
                .exchange().expectStatus().isOk()
                // A connection that carried a stream is not reused (LiveEventsController: reactor-netty#4361).
                .expectHeader().valueEquals("Connection", "close")
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
                })
                .getResponseBody()
                .subscribe(received::add);
        try {
            // The gateway reads from the newest events on, so keep announcing until its consumer has joined.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                send(bob);
                send(ann);
                assertThat(received).anySatisfy(e -> assertThat(e.event()).isEqualTo("DomainStageChanged"));
            });
        } finally {
            stream.dispose();
        }
        assertThat(received).filteredOn(e -> e.event() != null).allSatisfy(e ->
                assertThat(e.data()).containsEntry("siteId", siteOf(ann).toString()).containsEntry("stage", "checking-dns"));
        web.get().uri("/api/account/events").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void a_stream_ends_when_its_session_is_signed_out_and_the_customers_other_streams_go_on() throws Exception {
        UUID ann = UUID.randomUUID();
        UUID signedOut = UUID.randomUUID();
        AtomicBoolean ended = new AtomicBoolean();
        AtomicBoolean otherEnded = new AtomicBoolean();
        Disposable stream = open(TestTokens.sessionToken(ann, signedOut, "account-suite", "account-suite"), ended);
        Disposable other = open(TestTokens.sessionToken(ann, UUID.randomUUID(), "account-suite", "account-suite"),
                otherEnded);
        try {
            var revoked = EventEnvelope.of(IdentityEvents.SESSION_REVOKED, Instant.now(), ann, ann,
                    new SessionRevoked(signedOut, Instant.now(), "signed-out"));
            kafka.send(IdentityEvents.SESSION_REVOKED.topic(), revoked.key(), json.write(revoked)).get();

            await().atMost(Duration.ofSeconds(60)).untilTrue(ended);
            assertThat(otherEnded).isFalse();
        } finally {
            stream.dispose();
            other.dispose();
        }
    }

    /** Opens a stream with the token; {@code ended} turns true when the gateway ends it. */
    private Disposable open(String token, AtomicBoolean ended) {
        return web.mutate().responseTimeout(Duration.ofMinutes(1)).build()
                .get().uri("/api/account/events").accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody()
                .subscribe(line -> { }, failure -> { }, () -> ended.set(true));
    }

    /** A site id of the customer's own, so an event can be told apart by whom it belongs to. */
    private static UUID siteOf(UUID customer) {
        return UUID.nameUUIDFromBytes(customer.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void send(UUID customer) throws Exception {
        UUID domain = UUID.randomUUID();
        var event = EventEnvelope.of(DomainEvents.DOMAIN_STAGE_CHANGED, Instant.now(), customer, domain,
                new DomainStageChanged(domain, siteOf(customer), "checking-dns", null, null));
        kafka.send(DomainEvents.DOMAIN_STAGE_CHANGED.topic(), event.key(), json.write(event)).get();
    }
}
