package io.accountsuite.identity.deletion;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.accountsuite.platform.schedule.BackgroundPoller;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes a deletion that waits too long visible: the gauge {@code identity.deletion.stalled} counts sagas still
 * waiting after {@code identity.deletion.stall-after}, and each is logged with the services it still waits for.
 */
@Component
class StalledDeletions {

    private static final Logger log = LoggerFactory.getLogger(StalledDeletions.class);

    private final DeletionSagas sagas;
    private final Clock clock;
    private final Duration stallAfter;
    private final AtomicLong stalled = new AtomicLong();
    private final BackgroundPoller checks = new BackgroundPoller("stalled deletions", Duration.ofMinutes(1));

    StalledDeletions(DeletionSagas sagas, Clock clock, MeterRegistry meters, DeletionSettings settings) {
        this.sagas = sagas;
        this.clock = clock;
        this.stallAfter = settings.stallAfter();
        meters.gauge("identity.deletion.stalled", stalled);
    }

    @Scheduled(fixedDelayString = "${identity.deletion.stall-check-interval:1m}")
    void report() {
        checks.pass(() -> sagas.waitingSince(clock.instant().minus(stallAfter))
                .doOnNext(saga -> {
                    List<String> missing = saga.expected().stream()
                            .filter(s -> saga.confirmed().stream().noneMatch(c -> c.service().equals(s))).toList();
                    log.atWarn().addKeyValue("customer", saga.customerId().toString())
                            .addKeyValue("waitingFor", String.join(",", missing))
                            .log("account deletion of {} waits since {} for {}", saga.customerId(),
                                    saga.requestedAt(), missing);
                })
                .count()
                .doOnNext(stalled::set));
    }
}
