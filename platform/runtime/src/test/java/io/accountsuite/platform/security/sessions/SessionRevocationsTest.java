package io.accountsuite.platform.security.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.CredentialsChanged;
import io.accountsuite.contracts.identity.IdentityEvents.SessionRevoked;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.events.ReceivedEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionRevocationsTest {

    private static final Instant NOW = Instant.parse("2027-01-01T10:00:00Z");

    private final EventJson json = new EventJson();
    private final SessionRevocations revocations = new SessionRevocations(Clock.fixed(NOW, ZoneOffset.UTC));
    private final UUID ann = UUID.randomUUID();

    @Test
    void a_cut_off_only_moves_forward_and_ends_tokens_issued_before_it() {
        Instant later = NOW.plusSeconds(1);
        apply(IdentityEvents.CREDENTIALS_CHANGED, new CredentialsChanged(later, "password-changed"));
        // an older event read late
        apply(IdentityEvents.CREDENTIALS_CHANGED, new CredentialsChanged(NOW.minusSeconds(3600), "password-changed"));

        assertThat(revocations.isCutOff(ann, NOW)).isTrue();
        assertThat(revocations.isCutOff(ann, later)).isFalse();
        assertThat(revocations.isCutOff(UUID.randomUUID(), Instant.EPOCH)).isFalse();
    }

    @Test
    void a_revoked_session_is_refused_and_forgotten_once_no_token_of_it_can_be_valid() {
        UUID session = UUID.randomUUID();
        UUID oldSession = UUID.randomUUID();
        apply(IdentityEvents.SESSION_REVOKED, new SessionRevoked(session, NOW.minusSeconds(60), "signed-out"));
        apply(IdentityEvents.SESSION_REVOKED, new SessionRevoked(oldSession,
                NOW.minus(SessionRevocations.REMEMBER_REVOKED).minusSeconds(1), "signed-out"));

        assertThat(revocations.isRevoked(session)).isTrue();
        assertThat(revocations.isRevoked(oldSession)).as("older than any access token").isFalse();
        assertThat(revocations.isRevoked(UUID.randomUUID())).isFalse();

        var later = new SessionRevocations(Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC));
        later.apply(event(IdentityEvents.SESSION_REVOKED, new SessionRevoked(session, NOW, "signed-out")));
        assertThat(later.isRevoked(session)).as("replayed from the topic's start, long after").isFalse();
    }

    @Test
    void those_watching_hear_which_customer_s_sessions_ended() {
        List<UUID> heard = new CopyOnWriteArrayList<>();
        revocations.changes().subscribe(heard::add);
        apply(IdentityEvents.SESSION_REVOKED, new SessionRevoked(UUID.randomUUID(), NOW, "refresh-token-replayed"));
        apply(IdentityEvents.CREDENTIALS_CHANGED, new CredentialsChanged(NOW, "password-changed"));

        assertThat(heard).containsExactly(ann, ann);
    }

    @Test
    void it_is_caught_up_once_every_partition_is_read_to_its_end_at_start() {
        Map<Integer, Long> ends = Map.of(0, 3L, 1, 0L, 2, 1L);
        assertThat(revocations.caughtUpWith(ends)).isFalse();
        revocations.read(0, 2);
        assertThat(revocations.caughtUpWith(ends)).isFalse();
        revocations.read(2, 0);
        assertThat(revocations.caughtUpWith(ends)).isTrue();
        assertThat(new SessionRevocations(Clock.systemUTC()).caughtUpWith(Map.of())).isTrue();
    }

    private <P> void apply(EventType<P> type, P payload) {
        revocations.apply(event(type, payload));
    }

    private <P> ReceivedEvent event(EventType<P> type, P payload) {
        return json.read(type.topic(), json.write(EventEnvelope.of(type, Instant.now(), ann, ann, payload)));
    }
}
