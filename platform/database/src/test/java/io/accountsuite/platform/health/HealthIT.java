package io.accountsuite.platform.health;

import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.StandardEndpointsContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform test application passes the contract every application passes, and reports its outbox and the events
 * it parks.
 */
@ServiceTest
class HealthIT extends StandardEndpointsContract {

    @Test
    void prometheus_exposes_the_outbox_backlog_and_inbox_outcomes() {
        String metrics = management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("outbox_pending").contains("outbox_published_total");
    }

    @Test
    void the_parked_events_of_each_consumed_topic_are_counted_from_start_up() {
        String metrics = management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        // The alert EventsDeadLettered groups by topic and needs a sample before the first parked event.
        assertThat(metrics).containsPattern("inbox_dead_letters_total\\{[^}]*topic=\"platform-test.events\"[^}]*} ");
    }
}
