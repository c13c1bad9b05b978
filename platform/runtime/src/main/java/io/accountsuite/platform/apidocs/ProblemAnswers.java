package io.accountsuite.platform.apidocs;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The refusals API.md's "Status codes" gives every endpoint, added to each operation so that no controller repeats
 * them: 400 for input, 401 unless the path is public ({@code platform.security.public-paths}), 403 for
 * {@code /api/admin/**} (role admin), 404 for a path naming an id, 422 where an {@code Idempotency-Key} is taken
 * (a key reused for another request) and 503 (a service the call needs is down), each an
 * {@code application/problem+json} answer. A status a controller declares itself ({@code @ApiResponse}) keeps its
 * words and gets the problem+json content in place of any other. Public paths need no bearer token.
 */
public final class ProblemAnswers implements GlobalOpenApiCustomizer {

    /** The header of API.md's "Idempotency keys" (platform-database's IdempotencyKeys.HEADER). */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final String PROBLEM_JSON = "application/problem+json";

    private final List<PathPattern> publicPaths;

    public ProblemAnswers(List<String> publicPaths) {
        this.publicPaths = publicPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> describe(path, operation)));
    }

    private void describe(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        boolean idempotent = describeIdempotencyKey(operation);
        boolean input = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean isPublic = isPublic(path);
        refusal(responses, "400", input, "Bad input: a malformed body or parameter, or invalid fields (errors[])");
        refusal(responses, "401", !isPublic, "Not authenticated: no token, or an expired or ended one");
        refusal(responses, "403", path.startsWith("/api/admin/"), "Authenticated but not allowed (role admin)");
        refusal(responses, "404", path.contains("{"), "Unknown, or another customer's");
        refusal(responses, "422", idempotent, "This Idempotency-Key was first used for another request");
        refusal(responses, "503", true, "A service this call needs is down; try again after Retry-After");
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                problemContent(response);
            }
        });
        if (isPublic) {
            operation.security(List.of());
        }
    }

    private boolean isPublic(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return publicPaths.stream().anyMatch(pattern -> pattern.matches(container));
    }

    private static void refusal(ApiResponses responses, String status, boolean applies, String description) {
        if (applies && !responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description));
        }
    }

    /**
     * A refusal answers problem+json only: springdoc gives a status a controller declares the handler's success
     * shape ({@code application/json} of its return type), which is replaced.
     */
    private static void problemContent(ApiResponse response) {
        Content content = response.getContent();
        if (content == null || content.size() != 1 || !content.containsKey(PROBLEM_JSON)) {
            response.content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                    .schema(new Schema<>().$ref("#/components/schemas/" + SharedApiDescription.PROBLEM))));
        }
    }

    /** Describes the header where a controller takes it; answers whether it does. */
    private static boolean describeIdempotencyKey(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("header".equals(parameter.getIn()) && IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName())) {
                parameter.description("Any 1 to 255 visible ASCII characters, one per submission: the same key with "
                        + "the same request within 24 hours answers the first answer again (Idempotent-Replayed: "
                        + "true) and acts once; with another request, 422 idempotency-key-reused")
                        .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"));
                return true;
            }
        }
        return false;
    }
}
