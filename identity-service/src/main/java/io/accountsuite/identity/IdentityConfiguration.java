package io.accountsuite.identity;

import io.accountsuite.identity.password.CommonPasswords;
import io.accountsuite.identity.password.PasswordPolicy;
import io.accountsuite.identity.password.PasswordSettings;
import io.accountsuite.identity.password.Passwords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
class IdentityConfiguration {

    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(CommonPasswords.load());
    }

    /** Hashing bounded by the heap (identity.passwords.concurrency, 0: from the heap) and a short wait. */
    @Bean
    Passwords passwords(PasswordSettings settings) {
        return new Passwords(settings.concurrency(), settings.waitForSlot());
    }
}
