package io.accountsuite.gateway.session;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CredentialsChanged;
import io.accountsuite.platform.events.EventJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCutoffsTest {

    private final EventJson json = new EventJson();

    @Test
    void a_cut_off_only_moves_forward_and_ends_tokens_issued_before_it() {
        SessionCutoffs cutoffs = new SessionCutoffs();
        UUID ann = UUID.randomUUID();
        Instant later = Instant.parse("2027-01-01T10:00:01Z");
        apply(cutoffs, ann, later);
        apply(cutoffs, ann, Instant.parse("2027-01-01T09:00:00Z")); // an older event read late

        assertThat(cutoffs.isCutOff(ann, Instant.parse("2027-01-01T10:00:00Z"))).isTrue();
        assertThat(cutoffs.isCutOff(ann, later)).isFalse();
        assertThat(cutoffs.isCutOff(UUID.randomUUID(), Instant.EPOCH)).isFalse();
    }

    @Test
    void it_is_caught_up_once_every_partition_is_read_to_its_end_at_start() {
        SessionCutoffs cutoffs = new SessionCutoffs();
        Map<Integer, Long> ends = Map.of(0, 3L, 1, 0L, 2, 1L);
        assertThat(cutoffs.caughtUpWith(ends)).isFalse();
        cutoffs.read(0, 2);
        assertThat(cutoffs.caughtUpWith(ends)).isFalse();
        cutoffs.read(2, 0);
        assertThat(cutoffs.caughtUpWith(ends)).isTrue();
        assertThat(new SessionCutoffs().caughtUpWith(Map.of())).isTrue();
    }

    private void apply(SessionCutoffs cutoffs, UUID customer, Instant cutoff) {
        var event = EventEnvelope.of(IdentityEvents.CREDENTIALS_CHANGED, customer, customer,
                new CredentialsChanged(cutoff, "password-changed"));
        cutoffs.apply(json.read(IdentityEvents.CREDENTIALS_CHANGED.topic(), json.write(event)));
    }
}
