package io.accountsuite.site.sites;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param networkDomain the domain sites are served under ({@code site.network-domain}: {@code <slug>.sites.example}) */
@ConfigurationProperties("site")
public record SiteSettings(@DefaultValue("sites.example") String networkDomain) {
}
