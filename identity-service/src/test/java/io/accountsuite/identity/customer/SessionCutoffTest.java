package io.accountsuite.identity.customer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCutoffTest {

    @Test
    void the_cut_off_ends_every_token_stamped_so_far_including_this_second() {
        Instant now = Instant.parse("2026-11-26T10:00:00.700Z");
        Instant cutoff = SessionCutoff.endingSessionsAt(now);

        Instant stampedThisSecond = now.truncatedTo(ChronoUnit.SECONDS); // JWT iat of a token issued just before
        assertThat(stampedThisSecond).isBefore(cutoff);
        assertThat(cutoff).isEqualTo(Instant.parse("2026-11-26T10:00:01Z"));
        assertThat(SessionCutoff.endingSessionsAt(Instant.parse("2026-11-26T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-26T10:00:01Z"));
    }
}
