package io.accountsuite.identity.customer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When sessions are ended (password change, account deletion), access tokens issued before the cut-off stop
 * counting. JWT times have whole seconds, so the cut-off is the start of the next second: it ends every token
 * issued so far, and tokens issued afterwards are stamped at the cut-off at the earliest.
 */
public final class SessionCutoff {

    private SessionCutoff() {
    }

    public static Instant endingSessionsAt(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }
}
