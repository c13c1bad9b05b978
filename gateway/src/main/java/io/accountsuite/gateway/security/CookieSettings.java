package io.accountsuite.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The page's cookies ({@code gateway.cookies.*}; README "Configuration").
 *
 * @param secure whether cookies carry {@code Secure}; browsers accept it on http://localhost, so only a plain-HTTP
 *               development host sets false ({@code GATEWAY_SECURE_COOKIES})
 */
@ConfigurationProperties("gateway.cookies")
public record CookieSettings(@DefaultValue("true") boolean secure) {
}
