package io.accountsuite.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * What the suite mails its customers: address verification, security notices, invoices and dunning, domain and
 * template outcomes (issue 19). It consumes the other services' events and is the only part that talks SMTP.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationApplication.class, args);
    }
}
