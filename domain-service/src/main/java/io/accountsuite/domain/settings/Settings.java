package io.accountsuite.domain.settings;

import java.time.Duration;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The settings row; until an admin saves settings, the deployment's defaults apply. */
@Repository
public class Settings {

    private final DatabaseClient db;
    private final DomainSettings defaults;

    public Settings(DatabaseClient db, DomainDefaults d) {
        this.db = db;
        this.defaults = new DomainSettings(d.mappingEnabled(), "Point a CNAME record for your domain at "
                + "%NETWORK_DOMAIN%, or an A record at %NETWORK_IP%. Changes can take a few hours to be seen everywhere.",
                d.networkDomain(), d.networkIpv4(), null, d.checkInterval(), d.dnsAttempts(), d.sslAttempts(), false);
    }

    public Mono<DomainSettings> current() {
        return db.sql("SELECT * FROM settings WHERE id = 1")
                .map(row -> new DomainSettings(row.get("mapping_enabled", Boolean.class),
                        row.get("instructions", String.class), row.get("network_domain", String.class),
                        row.get("network_ipv4", String.class), row.get("network_ipv6", String.class),
                        Duration.ofSeconds(row.get("check_interval_secs", Integer.class)),
                        row.get("dns_attempts", Integer.class), row.get("ssl_attempts", Integer.class),
                        row.get("allow_plain_http", Boolean.class)))
                .one()
                .defaultIfEmpty(defaults);
    }

    public Mono<DomainSettings> save(DomainSettings s) {
        return db.sql("""
                        INSERT INTO settings (id, mapping_enabled, instructions, network_domain, network_ipv4,
                                              network_ipv6, check_interval_secs, dns_attempts, ssl_attempts,
                                              allow_plain_http)
                        VALUES (1, :enabled, :instructions, :domain, :ipv4, :ipv6, :interval, :dns, :ssl, :plain)
                        ON CONFLICT (id) DO UPDATE SET mapping_enabled = :enabled, instructions = :instructions,
                            network_domain = :domain, network_ipv4 = :ipv4, network_ipv6 = :ipv6,
                            check_interval_secs = :interval, dns_attempts = :dns, ssl_attempts = :ssl,
                            allow_plain_http = :plain""")
                .bind("enabled", s.mappingEnabled()).bind("instructions", s.instructions())
                .bind("domain", s.networkDomain())
                .bind("ipv4", Parameter.fromOrEmpty(s.networkIpv4(), String.class))
                .bind("ipv6", Parameter.fromOrEmpty(s.networkIpv6(), String.class))
                .bind("interval", (int) s.checkInterval().toSeconds()).bind("dns", s.dnsAttempts())
                .bind("ssl", s.sslAttempts()).bind("plain", s.allowPlainHttp())
                .fetch().rowsUpdated().thenReturn(s);
    }
}
