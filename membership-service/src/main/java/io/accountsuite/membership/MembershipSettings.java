package io.accountsuite.membership;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * membership-service's settings ({@code membership.*}, README "Configuration").
 *
 * @param renewal how renewals and dunning run
 * @param pending how long unpaid purchases and changes wait
 */
@ConfigurationProperties("membership")
public record MembershipSettings(@DefaultValue Renewal renewal, @DefaultValue Pending pending) {

    /**
     * @param interval          how often the renewal run works through memberships
     * @param graceDays         days an unpaid period keeps the membership on hold (site served) before it expires
     * @param invoiceDaysBefore days before a period's end its renewal invoice is issued
     */
    public record Renewal(@DefaultValue("1m") Duration interval, @DefaultValue("7") int graceDays,
                          @DefaultValue("3") int invoiceDaysBefore) {
    }

    /**
     * @param abandonAfter       a pending membership whose first invoice is unpaid this long is cancelled with it
     * @param changeExpiresAfter a pending change unpaid this long lapses with its invoice (Stripe: 23 hours)
     */
    public record Pending(@DefaultValue("7d") Duration abandonAfter, @DefaultValue("23h") Duration changeExpiresAfter) {
    }

    public Duration pendingChangeExpiresAfter() {
        return pending.changeExpiresAfter();
    }
}
