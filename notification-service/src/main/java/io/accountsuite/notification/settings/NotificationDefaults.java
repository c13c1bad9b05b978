package io.accountsuite.notification.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deployment's settings ({@code notification.*}; README "Configuration").
 *
 * @param pageUrl       the account page's public base URL; every link in a mail starts with it
 * @param senderName    the sender's display name until a network admin saves one
 * @param senderAddress the sender's address until a network admin saves one
 */
@ConfigurationProperties("notification")
public record NotificationDefaults(@DefaultValue("http://localhost:8080") String pageUrl,
                                   @DefaultValue("Account Suite Network") String senderName,
                                   @DefaultValue("no-reply@account-suite.example") String senderAddress) {

    /** {@code path} ("/account") on the account page's host. */
    public String link(String path) {
        return pageUrl.replaceAll("/+$", "") + path;
    }
}
