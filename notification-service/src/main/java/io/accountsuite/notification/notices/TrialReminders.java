package io.accountsuite.notification.notices;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.accountsuite.notification.mail.Kind;
import io.accountsuite.notification.mail.Letter;
import io.accountsuite.notification.recipient.Recipients;
import io.accountsuite.platform.language.LocalFormats;
import io.accountsuite.platform.schedule.BackgroundPoller;
import lombok.RequiredArgsConstructor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Reminds a customer 3 days before their trial ends (issue 19), once a trial: each due trial is locked, its mail
 * queued and the trial marked reminded in one transaction.
 */
@Component
@RequiredArgsConstructor
class TrialReminders {

    static final int DAYS_BEFORE = 3;

    private final Trials trials;
    private final Recipients recipients;
    private final Notices notices;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final BackgroundPoller reminding = new BackgroundPoller("trial reminders", Duration.ofMinutes(1));

    @Scheduled(fixedDelayString = "${notification.trials.interval:10m}")
    void remind() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        reminding.pass(() -> tx.transactional(trials.lockDue(today, today.plusDays(DAYS_BEFORE))
                .concatMap(trial -> recipients.require(trial.customerId())
                        .flatMap(reader -> notices.tell(reminderId(trial), reader, reader.email(),
                                Letter.of(Kind.TRIAL_ENDING, "/account",
                                        LocalFormats.date(trial.endsOn(), reader.locale()))))
                        .then(trials.reminded(trial.membershipId(), clock.instant()))
                        // Whose address is not known yet is reminded at a later pass.
                        .onErrorResume(Recipients.RecipientUnknown.class, unknown -> Mono.empty()))
                .then()));
    }

    /** One reminder per trial and end day, whichever instance sends it. */
    private static UUID reminderId(Trials.Trial trial) {
        return UUID.nameUUIDFromBytes((trial.membershipId() + "/" + trial.endsOn())
                .getBytes(StandardCharsets.UTF_8));
    }
}
