package io.accountsuite.site.switching;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.accountsuite.testkit.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A switch whose worker stalled past its lease is taken over by a new attempt, and the stalled worker can no longer
 * write: the switch is applied once. Times are a day ahead, so this instance's own worker leaves the switch alone.
 */
@ServiceTest
class SwitchLeaseIT {

    @Autowired TemplateSwitches switches;
    @Autowired DatabaseClient db;

    @Test
    void a_switch_taken_over_after_its_lease_ran_out_is_written_by_the_new_attempt_only() {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        UUID site = UUID.randomUUID();
        db.sql("INSERT INTO sites (id, customer_id, membership_id, title, slug, created_at)"
                        + " VALUES (:id, :c, :m, 'Lease', :slug, now())")
                .bind("id", site).bind("c", UUID.randomUUID()).bind("m", UUID.randomUUID())
                .bind("slug", "lease-" + site).fetch().rowsUpdated().block();
        Switch queued = switches.queue(site, UUID.randomUUID(), UUID.randomUUID(), Instant.now()).block();
        db.sql("UPDATE template_switches SET status = 'running', attempt = 1, owner = 'stalled', lease_until = :lease"
                        + " WHERE id = :id")
                .bind("lease", tomorrow).bind("id", queued.id()).fetch().rowsUpdated().block();
        Switch stalled = switches.find(queued.id()).block();

        assertThat(switches.claimNext("other", tomorrow.minusSeconds(1), tomorrow.plusSeconds(60)).blockOptional())
                .as("still leased").isEmpty();
        Switch takenOver = switches.claimNext("other", tomorrow.plusSeconds(1), tomorrow.plusSeconds(121)).block();

        assertThat(takenOver.id()).isEqualTo(queued.id());
        assertThat(takenOver.attempt()).isEqualTo(2);
        assertThatThrownBy(() -> switches.update(stalled.done(tomorrow), null).block())
                .isInstanceOf(TemplateSwitches.LeaseLost.class);
        switches.update(takenOver.done(tomorrow), null).block();
        assertThat(switches.find(queued.id()).block().status()).isEqualTo(Switch.Status.DONE);
    }
}
