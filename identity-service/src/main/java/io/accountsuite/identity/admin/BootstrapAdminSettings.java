package io.accountsuite.identity.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first network admin, created at start-up if absent ({@code identity.bootstrap-admin.*}, from
 * {@code IDENTITY_BOOTSTRAP_ADMIN_EMAIL} and {@code _PASSWORD}); both empty: none is created.
 */
@ConfigurationProperties("identity.bootstrap-admin")
public record BootstrapAdminSettings(@DefaultValue("") String email, @DefaultValue("") String password) {
}
