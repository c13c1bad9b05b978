package io.accountsuite.domain.verification;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How domains are checked ({@code domain.dns.*}, {@code domain.tls.*}; README "Configuration").
 *
 * @param dns the resolvers asked (host or host:port; none: the system's)
 * @param tls the port TLS is checked on and the trust store its certificates are checked against (none: the JDK's)
 */
@ConfigurationProperties("domain")
public record CheckSettings(@DefaultValue Dns dns, @DefaultValue Tls tls) {

    public record Dns(@DefaultValue List<String> resolvers) {
    }

    public record Tls(@DefaultValue("443") int port, @DefaultValue("") String trustStore,
                      @DefaultValue("") String trustStorePassword) {
    }
}
