package io.accountsuite.platform.apidocs;

import java.util.List;
import java.util.Map;

import io.accountsuite.platform.problem.FieldError;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * What every application's description shares, written once: the title and version, the bearer token every call
 * carries unless it is public (API.md, "Authenticated calls"), the problem+json error shape (RFC 9457 with
 * {@code errors[]} of {@link FieldError}) and a relative server, since the gateway publishes every path on its
 * own origin.
 */
public final class SharedApiDescription implements GlobalOpenApiCustomizer {

    /** The security scheme's name: {@code Authorization: Bearer <access token>} (a JWT from identity-service). */
    public static final String BEARER = "bearer";

    /** The component schema of every problem+json answer. */
    public static final String PROBLEM = "Problem";

    private final ApiDocsProperties properties;
    private final String application;

    public SharedApiDescription(ApiDocsProperties properties, String application) {
        this.properties = properties;
        this.application = application;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title(properties.title() + " (" + application + ")").version(properties.version())
                .description("The public API of the account suite as " + application + " serves it; the gateway "
                        + "publishes every public path on one origin (API.md)."));
        openApi.servers(List.of(new Server().url("/")));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("JWT")
                        .description("An access token from POST /api/auth/login (the web page sends it in a cookie)"))
                .addSchemas(PROBLEM, problem()));
        openApi.security(List.of(new SecurityRequirement().addList(BEARER)));
    }

    /** RFC 9457 problem details; other members (a problem's own extensions) may follow. */
    static Schema<?> problem() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the request's JSON path, e.g. address.postalCode"))
                .addProperty("message", new StringSchema().description("for people"))
                .required(List.of("field", "message"));
        return new ObjectSchema()
                .description("application/problem+json (RFC 9457) with a stable type under "
                        + "https://account-suite.example/problems/")
                .properties(Map.of(
                        "type", new StringSchema().format("uri"),
                        "title", new StringSchema(),
                        "status", new IntegerSchema(),
                        "detail", new StringSchema(),
                        "instance", new StringSchema(),
                        "errors", new ArraySchema().items(fieldError).description("the invalid fields, if any")))
                .required(List.of("type", "title", "status"));
    }
}
