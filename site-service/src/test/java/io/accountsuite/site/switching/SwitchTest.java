package io.accountsuite.site.switching;

import java.time.Instant;
import java.util.UUID;

import io.accountsuite.site.switching.Switch.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A template switch's life: queued, running with its progress, then done or failed, and nothing after. */
class SwitchTest {

    private static final Instant ASKED = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant LATER = ASKED.plusSeconds(5);

    private final Switch queued = Switch.queued(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ASKED);

    @Test
    void a_new_switch_is_queued_at_nothing_done() {
        assertThat(queued.status()).isEqualTo(Status.QUEUED);
        assertThat(queued.progress()).isZero();
        assertThat(queued.status().value()).isEqualTo("queued");
    }

    @Test
    void progress_runs_it_and_done_ends_it_at_a_hundred() {
        Switch running = queued.progressed(40, LATER);
        Switch done = running.done(LATER);

        assertThat(running.status()).isEqualTo(Status.RUNNING);
        assertThat(running.progress()).isEqualTo(40);
        assertThat(running.updatedAt()).isEqualTo(LATER);
        assertThat(done.status()).isEqualTo(Status.DONE);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.isFinished()).isTrue();
    }

    @Test
    void a_failure_says_why_and_keeps_nothing_done() {
        Switch failed = queued.progressed(60, LATER).failed("The content could not be written", LATER);

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.progress()).isZero();
        assertThat(failed.reason()).isEqualTo("The content could not be written");
    }

    @Test
    void an_ended_switch_moves_no_more() {
        Switch done = queued.done(LATER);
        Switch failed = queued.failed("no", LATER);

        assertThatThrownBy(() -> done.progressed(10, LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done.failed("late", LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failed.done(LATER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void progress_is_a_percentage() {
        assertThatThrownBy(() -> queued.progressed(101, LATER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queued.progressed(-1, LATER)).isInstanceOf(IllegalArgumentException.class);
    }
}
