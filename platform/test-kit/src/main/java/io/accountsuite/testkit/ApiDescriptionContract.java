package io.accountsuite.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** The longest summary: a sentence, not a whole Javadoc springdoc could not split. */
    public static final int SUMMARY_MAX = 120;

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
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

    /**
     * Asserts that every operation of the application's description has a summary of at most
     * {@value #SUMMARY_MAX} characters and documents its success answer (a 2xx). springdoc takes the summary from the
     * first sentence of the handler's Javadoc (the therapi scribe keeps it in the jar), so a handler with no Javadoc,
     * or whose first sentence does not end with a full stop before the first other dot ({@code API.md},
     * {@code 0.00}) or holds markup (inline tags become HTML), fails here, named by method and path.
     */
    public static void assertEveryOperationSummarised(WebTestClient web) {
        assertEveryOperationSummarised(JSON.readTree(web.get().uri(PATH).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()));
    }

    /** As {@link #assertEveryOperationSummarised(WebTestClient)}, of a description already read. */
    public static void assertEveryOperationSummarised(JsonNode description) {
        assertThat(unsummarisedOperations(description))
                .as("operations whose handler has no Javadoc summary (first sentence, at most %d characters)",
                        SUMMARY_MAX)
                .isEmpty();
        assertThat(operationsWithoutSuccess(description))
                .as("operations with no 2xx answer (an @ApiResponse on a handler without @ResponseStatus hides the 200 "
                        + "springdoc would document: declare the 200 too)")
                .isEmpty();
    }

    /** {@code "GET /path"} of each operation of {@code description} with no summary, one too long or with markup. */
    static List<String> unsummarisedOperations(JsonNode description) {
        List<String> unsummarised = new ArrayList<>();
        description.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String summary = operation.getValue().path("summary").asString("");
            if (METHODS.contains(operation.getKey())
                    && (summary.isBlank() || summary.length() > SUMMARY_MAX || summary.contains("<"))) {
                unsummarised.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return unsummarised;
    }

    /** {@code "GET /path"} of each operation of {@code description} that documents no 2xx answer. */
    static List<String> operationsWithoutSuccess(JsonNode description) {
        List<String> without = new ArrayList<>();
        description.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey()) && operation.getValue().path("responses").propertyNames()
                    .stream().noneMatch(status -> status.startsWith("2"))) {
                without.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return without;
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
