package io.accountsuite.identity.password;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * How many passwords are hashed at once ({@code identity.passwords.*}; README "Configuration").
 *
 * @param concurrency hashes at once; 0 derives it from the heap (a third of it, 19 MiB per hash)
 * @param waitForSlot how long a request waits for a free slot before answering 503 ({@code identity.passwords.wait})
 */
@ConfigurationProperties("identity.passwords")
public record PasswordSettings(@DefaultValue("0") int concurrency,
                               @Name("wait") @DefaultValue("2s") Duration waitForSlot) {
}
