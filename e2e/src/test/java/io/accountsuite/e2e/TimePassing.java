package io.accountsuite.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time passing for a membership of the running suite, the way Stripe's test clocks move a subscription: its
 * current period is shifted back so that it ends today (UTC), and a scheduled change falls due today. Nothing else
 * is touched; membership-service's renewal run then does what it does at any period's end.
 */
public final class TimePassing {

    private TimePassing() {
    }

    /** Moves the membership's period so it ends today, with its scheduled change (if any) due today. */
    public static void endCurrentPeriod(UUID membershipId) throws SQLException {
        periodEndedDaysAgo(membershipId, 0);
    }

    /**
     * Moves the membership's period so it ended {@code days} days ago (today for 0), with its scheduled change (if
     * any) due then: past the grace days, an unpaid membership's next renewal run puts it on hold and expires it.
     */
    public static void periodEndedDaysAgo(UUID membershipId, int days) throws SQLException {
        try (Connection db = DriverManager.getConnection(RunningSuite.jdbcUrl("membership"), "postgres", "");
             PreparedStatement update = db.prepareStatement("""
                     UPDATE memberships SET
                         period_start = period_start - (expires_on - ((now() AT TIME ZONE 'UTC')::date - ?)),
                         expires_on = (now() AT TIME ZONE 'UTC')::date - ?,
                         scheduled_change = CASE WHEN scheduled_change IS NULL THEN NULL ELSE jsonb_set(
                             scheduled_change::jsonb, '{effectiveOn}',
                             to_jsonb(((now() AT TIME ZONE 'UTC')::date - ?)::text))::text END
                     WHERE id = ? AND expires_on IS NOT NULL""")) {
            update.setInt(1, days);
            update.setInt(2, days);
            update.setInt(3, days);
            update.setObject(4, membershipId);
            assertThat(update.executeUpdate()).as("membership %s with a period that ends", membershipId).isEqualTo(1);
        }
    }
}
