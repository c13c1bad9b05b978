package io.accountsuite.domain.domains;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.domain.domains.Domain.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The domain's verification transitions (SPEC "Custom domains"). */
class DomainTest {

    private static final Instant ADDED = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant LATER = ADDED.plusSeconds(60);

    private final Domain added = Domain.added(UUID.randomUUID(), UUID.randomUUID(), "shop.example.com", ADDED);

    @Test
    void a_new_domain_has_its_dns_checked_at_once() {
        assertThat(added.stage()).isEqualTo(Stage.CHECKING_DNS);
        assertThat(added.nextCheckAt()).isEqualTo(ADDED);
        assertThat(added.attempts()).isZero();
        assertThat(added.isChecking()).isTrue();
    }

    @Test
    void passing_dns_moves_to_the_tls_check_now_with_attempts_counted_afresh() {
        Domain retried = added.retry(LATER, "203.0.113.9", "ns1", ADDED);
        Domain passed = retried.passDns("198.51.100.7", "ns1", LATER);

        assertThat(passed.stage()).isEqualTo(Stage.CHECKING_SSL);
        assertThat(passed.attempts()).isZero();
        assertThat(passed.nextCheckAt()).isEqualTo(LATER);
        assertThat(passed.found()).isEqualTo("198.51.100.7");
    }

    @Test
    void passing_tls_is_done_secure_and_not_checked_again() {
        Instant expires = LATER.plusSeconds(86_400 * 90L);
        Domain done = added.passDns("198.51.100.7", "ns1", ADDED).passTls("Test CA", expires, LATER);

        assertThat(done.stage()).isEqualTo(Stage.DONE);
        assertThat(done.secure()).isTrue();
        assertThat(done.nextCheckAt()).isNull();
        assertThat(done.certIssuer()).isEqualTo("Test CA");
        assertThat(done.certExpiresAt()).isEqualTo(expires);
        assertThat(done.found()).isEqualTo("198.51.100.7");
    }

    @Test
    void a_retry_counts_an_attempt_and_keeps_what_dns_found_when_it_found_nothing_new() {
        Domain first = added.retry(LATER, "203.0.113.9", "ns1", ADDED);
        Domain second = first.retry(LATER.plusSeconds(60), null, null, LATER);

        assertThat(second.stage()).isEqualTo(Stage.CHECKING_DNS);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextCheckAt()).isEqualTo(LATER.plusSeconds(60));
        assertThat(second.found()).isEqualTo("203.0.113.9");
    }

    @Test
    void failing_ends_in_the_stage_of_the_check_that_failed() {
        assertThat(added.fail(Stage.FAILED, null, null, LATER).stage()).isEqualTo(Stage.FAILED);
        Domain tls = added.passDns("198.51.100.7", "ns1", ADDED);
        assertThat(tls.fail(Stage.SSL_FAILED, null, null, LATER).stage()).isEqualTo(Stage.SSL_FAILED);
        Domain plain = tls.fail(Stage.DONE_WITHOUT_SSL, null, null, LATER);
        assertThat(plain.stage()).isEqualTo(Stage.DONE_WITHOUT_SSL);
        assertThat(plain.secure()).isFalse();
        assertThat(plain.nextCheckAt()).isNull();

        assertThatThrownBy(() -> added.fail(Stage.SSL_FAILED, null, null, LATER))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tls.fail(Stage.FAILED, null, null, LATER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_transition_from_the_wrong_stage_is_refused() {
        Domain done = added.passDns("198.51.100.7", "ns1", ADDED).passTls("Test CA", LATER, LATER);

        assertThatThrownBy(() -> added.passTls("Test CA", LATER, LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done.passDns("x", "ns1", LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done.retry(LATER, null, null, LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> added.settled(LATER)).isInstanceOf(IllegalStateException.class);
        assertThat(done.settled(LATER).nextCheckAt()).isNull();
    }

    @Test
    void stages_read_and_write_the_api_values() {
        for (Stage stage : Stage.values()) {
            assertThat(Stage.of(stage.value())).isEqualTo(stage);
        }
        assertThat(Stage.CHECKING_SSL.value()).isEqualTo("checking-ssl-cert");
        assertThatThrownBy(() -> Stage.of("verified")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checking_again_starts_over_at_dns_now_from_any_stage_keeping_what_was_found() {
        Domain failedDns = added.fail(Stage.FAILED, "A 203.0.113.9", "resolver", LATER);
        Domain again = failedDns.checkAgain(LATER.plusSeconds(5));
        assertThat(again.stage()).isEqualTo(Stage.CHECKING_DNS);
        assertThat(again.attempts()).isZero();
        assertThat(again.nextCheckAt()).isEqualTo(LATER.plusSeconds(5));
        assertThat(again.found()).isEqualTo("A 203.0.113.9");
        assertThat(again.lastCheckAt()).isEqualTo(LATER);
    }

    @Test
    void a_domain_is_in_trouble_once_verification_ended_without_a_secure_domain() {
        assertThat(Arrays.stream(Stage.values()).filter(Stage::inTrouble))
                .containsExactly(Stage.FAILED, Stage.SSL_FAILED, Stage.DONE_WITHOUT_SSL);
    }

    @Test
    void the_admins_summary_counts_every_stage_zero_where_none_and_those_in_trouble() {
        AdminDomainViews.Summary summary = AdminDomainViews.Summary.of(Map.of(Stage.FAILED, 2L, Stage.DONE, 5L,
                Stage.DONE_WITHOUT_SSL, 1L));
        assertThat(summary.counts()).containsExactly(Map.entry("checking-dns", 0L), Map.entry("checking-ssl-cert", 0L),
                Map.entry("done", 5L), Map.entry("failed", 2L), Map.entry("ssl-failed", 0L),
                Map.entry("done-without-ssl", 1L));
        assertThat(summary.inTrouble()).isEqualTo(3);
    }
}
