package io.accountsuite.platform.problem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ApiProblemTest {

    @Test
    void a_problem_is_springs_error_response_with_its_types_problem_detail() {
        ApiProblem problem = ProblemType.VALIDATION.problem("Some fields are invalid; see errors")
                .field("email", "must be an e-mail address").with("limit", 3);

        assertThat(problem).isInstanceOf(ErrorResponse.class);
        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.getBody().getType()).isEqualTo(ProblemType.VALIDATION.uri());
        assertThat(problem.getBody().getTitle()).isEqualTo("The request has invalid fields");
        assertThat(problem.getBody().getProperties()).containsEntry("limit", 3)
                .containsEntry("errors", List.of(new FieldError("email", "must be an e-mail address")));
        assertThat(problem.getMessage()).isEqualTo("Some fields are invalid; see errors");
    }

    @Test
    void the_body_has_the_rfc_9457_members_first_then_errors_then_extensions() {
        ApiProblem problem = ProblemType.CONFLICT.problem("Already under way").with("switchId", "s1")
                .field("templateId", "is being switched to");

        Map<String, Object> body = ProblemResponses.body(problem, "/api/sites/1/template-switches");

        assertThat(body.keySet()).containsExactly("type", "title", "status", "detail", "instance", "errors",
                "switchId");
        assertThat(body).containsEntry("type", ProblemType.BASE + "conflict").containsEntry("status", 409)
                .containsEntry("instance", "/api/sites/1/template-switches");
    }

    @Test
    void a_member_cannot_overwrite_the_standard_ones_or_the_field_errors() {
        ApiProblem problem = ProblemType.NOT_FOUND.problem("Site not found").with("status", 200)
                .with("errors", List.of());

        Map<String, Object> body = ProblemResponses.body(problem, "/x");

        assertThat(body).containsEntry("status", 404).doesNotContainKey("errors");
    }

    @Test
    void headers_go_with_the_answer_and_no_stack_trace_is_taken() {
        ApiProblem problem = ProblemType.TOO_MANY_REQUESTS.problem("Slow down").header("Retry-After", "30");

        assertThat(problem.headers()).containsEntry("Retry-After", "30");
        assertThat(problem.getStackTrace()).isEmpty();
    }

    @Test
    void every_service_unavailable_problem_says_when_to_retry_unless_it_says_itself() {
        assertThat(ProblemType.SERVICE_UNAVAILABLE.problem("Down").headers()).containsEntry("Retry-After", "5");
        assertThat(ProblemType.SERVICE_UNAVAILABLE.problem("Down").header("Retry-After", "30").headers())
                .containsEntry("Retry-After", "30");
        assertThat(ProblemType.NOT_FOUND.problem("Gone").headers()).doesNotContainKey("Retry-After");
    }
}
