package io.accountsuite.identity;

import java.time.Duration;

import io.accountsuite.identity.password.CommonPasswords;
import io.accountsuite.identity.password.PasswordPolicy;
import io.accountsuite.identity.password.Passwords;
import org.springframework.beans.factory.annotation.Value;
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
    Passwords passwords(@Value("${identity.passwords.concurrency:0}") int concurrency,
                        @Value("${identity.passwords.wait:2s}") Duration wait) {
        return new Passwords(concurrency, wait);
    }
}
