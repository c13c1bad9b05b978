package io.accountsuite.testkit;

import java.util.List;
import java.util.Locale;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a real answer against the application's own OpenAPI description ({@code /internal/api-docs}, generated
 * by springdoc from the code): the answer must validate against the documented schema of that operation and status,
 * with every documented object closed ({@code additionalProperties: false} where the description lists properties
 * and says nothing of others). A field renamed, added or retyped in code but not in the description fails, and so
 * does one the description promises with another type. Used next to {@link ContractFixtures#assertCarriesEveryField}
 * on the answers the gateway's stubs copy.
 */
public final class ApiDescriptionContract {

    /** Where every application serves its description (platform-runtime's ApiDocsProperties.PATH). */
    public static final String PATH = "/internal/api-docs";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private ApiDescriptionContract() {
    }

    /**
     * Asserts that {@code answerJson}, the real answer of {@code method pathTemplate} with {@code status}, has the
     * shape the application documents for it.
     *
     * @param pathTemplate the path as documented, e.g. {@code /api/billing/invoices/{id}}
     */
    public static void assertAnswerMatchesDescription(WebTestClient web, String method, String pathTemplate,
                                                      int status, String answerJson) {
        JsonNode description = JSON.readTree(web.get().uri(PATH).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(description.path("openapi").asString()).as("OpenAPI version").startsWith("3.1");
        JsonNode schema = description.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT))
                .path("responses").path(Integer.toString(status)).path("content").path("application/json")
                .path("schema");
        assertThat(schema.isObject()).as("%s %s %s is documented with a JSON schema", method, pathTemplate, status)
                .isTrue();
        ObjectNode root = ((ObjectNode) schema).deepCopy();
        root.set("components", description.path("components").deepCopy());
        close(root);
        List<Error> errors = SCHEMAS.getSchema(root).validate(JSON.readTree(answerJson));
        assertThat(errors).as("%s %s %s: the answer differs from the description", method, pathTemplate, status)
                .isEmpty();
    }

    /** Closes every object schema that lists its properties and says nothing of others. */
    static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("additionalProperties", false);
            }
            object.values().forEach(ApiDescriptionContract::close);
        } else if (node.isArray()) {
            node.forEach(ApiDescriptionContract::close);
        }
    }
}
