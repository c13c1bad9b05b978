package io.accountsuite.domain.settings;

import java.time.Duration;

/**
 * The network's domain-mapping settings. {@code instructions} may use %NETWORK_DOMAIN% and %NETWORK_IP%.
 * Verification re-checks every {@code checkInterval} (doubling up to an hour) for at most the given attempts.
 */
public record DomainSettings(boolean mappingEnabled, String instructions, String networkDomain, String networkIpv4,
                             String networkIpv6, Duration checkInterval, int dnsAttempts, int sslAttempts,
                             boolean allowPlainHttp) {

    public String filledInstructions() {
        return instructions.replace("%NETWORK_DOMAIN%", networkDomain)
                .replace("%NETWORK_IP%", networkIpv4 == null ? "" : networkIpv4);
    }
}
