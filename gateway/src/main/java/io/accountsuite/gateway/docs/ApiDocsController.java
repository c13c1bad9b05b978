package io.accountsuite.gateway.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.accountsuite.platform.apidocs.ApiDocsProperties;
import io.swagger.v3.oas.annotations.Hidden;
import org.springdoc.webflux.api.OpenApiWebfluxResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API's description, for anyone (it names paths and shapes, no data): {@code GET /api/docs} is a
 * readable page (Swagger UI, served from its WebJar: nothing is fetched from elsewhere), {@code GET
 * /api/docs/openapi.json} the OpenAPI 3.1 description it reads ({@link ApiDescriptions}). The gateway's own part
 * is springdoc's description of its controllers, read in-process: its {@code /internal/api-docs} is refused to
 * the public (GatewaySecurity).
 */
@Hidden
@RestController
class ApiDocsController {

    static final String PAGE = "/api/docs";

    private final ApiDescriptions descriptions;
    private final OpenApiWebfluxResource own;
    private final JsonMapper json;
    private final String page;

    ApiDocsController(ApiDescriptions descriptions, OpenApiWebfluxResource own, JsonMapper json) {
        this.descriptions = descriptions;
        this.own = own;
        this.json = json;
        this.page = text("api-docs/index.html").replace("{swagger-ui}", "/webjars/swagger-ui/" + swaggerUiVersion());
    }

    /** Serves the readable page of the public API's description (Swagger UI, from the gateway itself). */
    @GetMapping(value = PAGE, produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return page;
    }

    /**
     * Retrieves the public API's OpenAPI 3.1 description, merged from every service's.
     *
     * 200 always: a service that is down is named in {@code x-unavailable}, its paths left out.
     */
    @GetMapping(value = PAGE + "/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<JsonNode> description(ServerHttpRequest request) {
        return gatewayPart(request).flatMap(descriptions::merged);
    }

    private Mono<JsonNode> gatewayPart(ServerHttpRequest request) {
        try {
            return own.openapiJson(request, ApiDocsProperties.PATH, Locale.ROOT).map(body -> json.readTree(body));
        } catch (JsonProcessingException e) {
            return Mono.error(new IllegalStateException("the gateway's own API description", e));
        }
    }

    private static String swaggerUiVersion() {
        Properties pom = new Properties();
        try (InputStream in = new ClassPathResource("META-INF/maven/org.webjars/swagger-ui/pom.properties")
                .getInputStream()) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Swagger UI's WebJar is not on the class path", e);
        }
        return pom.getProperty("version");
    }

    private static String text(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
