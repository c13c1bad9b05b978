package io.accountsuite.identity.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-ins and registrations are throttled ({@code identity.login.*}, {@code identity.registration.*}; README
 * "Configuration"; ASVS v5 6.3.1).
 *
 * @param login        failed sign-ins counted per account and per client address within a window
 * @param registration registrations counted per client address within a window
 */
@ConfigurationProperties("identity")
public record ThrottleSettings(@DefaultValue Login login, @DefaultValue Registration registration) {

    /**
     * @param window                 how far back failures count
     * @param maxFailuresPerAccount  failures of one account in the window before 429
     * @param maxFailuresPerAddress  failures from one client address in the window before 429
     */
    public record Login(@DefaultValue("1m") Duration window, @DefaultValue("10") int maxFailuresPerAccount,
                        @DefaultValue("50") int maxFailuresPerAddress) {
    }

    /**
     * @param window        how far back registrations count
     * @param maxPerAddress registrations from one client address in the window before 429
     */
    public record Registration(@DefaultValue("10m") Duration window, @DefaultValue("10") int maxPerAddress) {
    }
}
