package io.accountsuite.membership;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Product catalog, memberships, plan changes with preview and proration, add-ons, cancellation, renewals. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MembershipApplication {

    public static void main(String[] args) {
        SpringApplication.run(MembershipApplication.class, args);
    }
}
