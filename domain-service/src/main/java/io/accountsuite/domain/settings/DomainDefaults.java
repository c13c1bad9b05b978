package io.accountsuite.domain.settings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deployment's domain settings ({@code domain.*}; README "Configuration"), which apply until a network admin saves
 * settings of their own.
 *
 * @param mappingEnabled whether customers may add custom domains at all
 * @param networkDomain  where a custom domain's CNAME must point
 * @param networkIpv4    where a custom domain's A record must point
 * @param checkInterval  the first wait between two checks of a domain (doubling up to an hour)
 * @param dnsAttempts    DNS checks before a domain fails
 * @param sslAttempts    TLS checks before a domain is ssl-failed (or done without SSL where plain HTTP is allowed)
 */
@ConfigurationProperties("domain")
public record DomainDefaults(@DefaultValue("true") boolean mappingEnabled,
                             @DefaultValue("sites.example") String networkDomain,
                             @DefaultValue("127.0.0.1") String networkIpv4,
                             @DefaultValue("60s") Duration checkInterval,
                             @DefaultValue("10") int dnsAttempts,
                             @DefaultValue("5") int sslAttempts) {
}
