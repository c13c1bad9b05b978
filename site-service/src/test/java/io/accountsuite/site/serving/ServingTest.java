package io.accountsuite.site.serving;

import java.time.LocalDate;

import io.accountsuite.site.SiteProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ServingTest {

    @ParameterizedTest(name = "{0}, paid through {1}: served {2}")
    @CsvSource(nullValues = "-", textBlock = """
            active,    -,          true,  -
            trialing,  -,          true,  -
            on-hold,   2027-07-01, true,  -
            cancelled, 2027-07-01, true,  -
            cancelled, -,          false, cancelled
            pending,   -,          false, pending-payment
            expired,   2027-06-01, false, expired
            -,         -,          true,  -
            """)
    void a_site_is_served_while_its_membership_stands(String status, LocalDate paidThrough, boolean served,
                                                       String reason) {
        Serving serving = Serving.of(status, paidThrough);

        assertThat(serving.served()).isEqualTo(served);
        assertThat(serving.reason()).isEqualTo(reason);
    }

    @Test
    void a_visit_to_a_site_not_served_is_403_and_a_write_409_both_naming_why() {
        Serving expired = Serving.of("expired", null);

        assertThat(expired.visitRefused().type()).isEqualTo(SiteProblems.SITE_UNAVAILABLE);
        assertThat(expired.visitRefused().getStatusCode().value()).isEqualTo(403);
        assertThat(expired.writeRefused().type()).isEqualTo(SiteProblems.MEMBERSHIP_NOT_ACTIVE);
        assertThat(expired.writeRefused().members()).containsEntry("reason", "expired");
    }
}
