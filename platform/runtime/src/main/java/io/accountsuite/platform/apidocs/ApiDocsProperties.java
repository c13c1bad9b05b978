package io.accountsuite.platform.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.api-docs.*}: what every application's OpenAPI description says of itself.
 *
 * @param title   the description's title; the application's name is added to it
 * @param version the version of the public API (API.md), not of the build
 */
@ConfigurationProperties("platform.api-docs")
public record ApiDocsProperties(@DefaultValue("account suite API") String title, @DefaultValue("1") String version) {

    /**
     * Where each application serves its own description (springdoc's {@code springdoc.api-docs.path}, set in the
     * platform defaults): on the API port, never routed by the gateway, so only the gateway reads it
     * (deploy/base/network-policies.yaml lets nothing else reach a service) and publishes the merged one at
     * {@code /api/docs/openapi.json}.
     */
    public static final String PATH = "/internal/api-docs";
}
