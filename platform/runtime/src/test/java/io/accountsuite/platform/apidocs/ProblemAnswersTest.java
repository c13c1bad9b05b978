package io.accountsuite.platform.apidocs;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemAnswersTest {

    @Test
    void a_refusal_a_handler_declares_answers_problem_json_in_place_of_the_handler_s_success_shape() {
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", answer("Signed in", "application/json", "TokenPair"))
                .addApiResponse("429", answer("Too many sign-in attempts", "application/json", "TokenPair"));
        OpenAPI description = new OpenAPI().paths(new Paths().addPathItem("/api/auth/login",
                new PathItem().post(new Operation().responses(responses))));

        new ProblemAnswers(List.of("/api/auth/**")).customise(description);

        ApiResponse tooMany = responses.get("429");
        assertThat(tooMany.getDescription()).isEqualTo("Too many sign-in attempts");
        assertThat(tooMany.getContent()).containsOnlyKeys("application/problem+json");
        assertThat(tooMany.getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/" + SharedApiDescription.PROBLEM);
        assertThat(responses.get("200").getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/TokenPair");
        assertThat(responses).containsKey("503").doesNotContainKey("401");
    }

    private static ApiResponse answer(String description, String mediaType, String schema) {
        return new ApiResponse().description(description).content(new Content().addMediaType(mediaType,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
    }
}
