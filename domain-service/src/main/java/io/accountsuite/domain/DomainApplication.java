package io.accountsuite.domain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Custom domains, primary domain, DNS and TLS verification stages, domain-mapping settings. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DomainApplication {

    public static void main(String[] args) {
        SpringApplication.run(DomainApplication.class, args);
    }
}
