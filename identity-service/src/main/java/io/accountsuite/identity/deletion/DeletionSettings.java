package io.accountsuite.identity.deletion;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The account deletion saga ({@code identity.deletion.*}; README "Configuration").
 *
 * @param expectedServices the services that must confirm an erasure before the deletion is complete
 * @param stallAfter       a deletion still waiting for a confirmation this long is reported (log and metric)
 */
@ConfigurationProperties("identity.deletion")
public record DeletionSettings(List<String> expectedServices, @DefaultValue("10m") Duration stallAfter) {
}
