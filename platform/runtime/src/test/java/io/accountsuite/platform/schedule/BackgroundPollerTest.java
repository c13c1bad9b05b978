package io.accountsuite.platform.schedule;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundPollerTest {

    private final BackgroundPoller poller = new BackgroundPoller("test", Duration.ofSeconds(5));

    @Test
    void a_pass_runs_its_work_to_the_end() {
        AtomicInteger done = new AtomicInteger();

        assertThat(poller.pass(() -> Mono.fromRunnable(done::incrementAndGet))).isTrue();

        assertThat(done).hasValue(1);
    }

    @Test
    void a_failing_pass_is_logged_not_thrown_and_the_next_one_runs() {
        assertThat(poller.pass(() -> Mono.error(new IllegalStateException("database down")))).isTrue();
        assertThat(poller.pass(() -> {
            throw new IllegalStateException("failed before it began");
        })).isTrue();

        AtomicInteger done = new AtomicInteger();
        assertThat(poller.pass(() -> Mono.fromRunnable(done::incrementAndGet))).isTrue();
        assertThat(done).hasValue(1);
    }

    @Test
    void a_pass_due_while_one_runs_is_skipped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> poller.pass(() -> Mono.fromRunnable(() -> {
            started.countDown();
            await(release);
        })));
        first.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        AtomicInteger second = new AtomicInteger();
        assertThat(poller.pass(() -> Mono.fromRunnable(second::incrementAndGet))).isFalse();
        assertThat(second).hasValue(0);

        release.countDown();
        first.join(5_000);
        assertThat(poller.pass(() -> Mono.fromRunnable(second::incrementAndGet))).isTrue();
        assertThat(second).hasValue(1);
    }

    @Test
    void a_pass_past_its_limit_is_abandoned() {
        BackgroundPoller quick = new BackgroundPoller("quick", Duration.ofMillis(50));

        assertThat(quick.pass(Mono::never)).isTrue();
        assertThat(quick.pass(() -> Mono.empty())).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
