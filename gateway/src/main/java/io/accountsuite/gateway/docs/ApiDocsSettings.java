package io.accountsuite.gateway.docs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.api-docs.*}: how the gateway reads the services' descriptions.
 *
 * @param timeout  how long one service's description may take before it is reported missing
 * @param cacheFor how long a description read is reused; one that failed is asked again at the next request
 */
@ConfigurationProperties("gateway.api-docs")
public record ApiDocsSettings(@DefaultValue("2s") Duration timeout, @DefaultValue("5m") Duration cacheFor) {
}
