package io.accountsuite.platform.problem;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.unix.Errors;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerErrorException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemWebExceptionHandlerTest {

    @Test
    void a_dependency_that_is_down_or_too_slow_is_a_503_with_retry_after_never_a_500() {
        Epoll.ensureAvailability(); // the native transport Reactor Netty uses here, whose errors are NativeIoException
        var refused = new WebClientRequestException(new ConnectException("Connection refused"), HttpMethod.POST,
                URI.create("http://domain-service/api/sites/1/domains"), new HttpHeaders());
        for (Throwable down : new Throwable[] {refused, new TimeoutException("no answer in 10 s"),
                new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer than timeout"),
                new ResponseStatusException(HttpStatus.BAD_GATEWAY),
                new DataAccessResourceFailureException("connection to the database refused"),
                // the service was killed while the gateway waited for its answer (reliability fault scenario)
                new Errors.NativeIoException("recvAddress(..)", -104), new SocketException("Connection reset"),
                new IllegalStateException("wrapped", new ConnectException("refused"))}) {
            ApiProblem problem = ProblemWebExceptionHandler.toProblem(down);
            assertThat(problem.type()).as(down.toString()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
            assertThat(problem.headers()).containsEntry("Retry-After", "5");
        }
    }

    @Test
    void a_client_error_the_framework_raises_keeps_its_status_and_is_never_a_500() {
        assertThat(ProblemWebExceptionHandler.toProblem(new ResponseStatusException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "form data is no JSON")).type())
                .isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ProblemWebExceptionHandler.toProblem(new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED))
                .type()).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(ProblemWebExceptionHandler.toProblem(new ResponseStatusException(
                HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)).type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
    }

    @Test
    void a_blank_id_in_the_path_is_a_malformed_request_not_a_500() throws Exception {
        MethodParameter id = new MethodParameter(Controller.class.getDeclaredMethod("one", UUID.class), 0);
        // What WebFlux raises for /things/%20: the segment converted to a null UUID, "missing".
        ServerErrorException missing = new ServerErrorException("id", id, null);

        assertThat(ProblemWebExceptionHandler.toProblem(missing).type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
    }

    @Test
    void a_server_error_about_anything_but_a_path_variable_stays_a_500() {
        assertThat(ProblemWebExceptionHandler.toProblem(new ServerErrorException("broken", (Throwable) null))
                .type()).isEqualTo(ProblemType.INTERNAL);
    }

    static class Controller {
        void one(@PathVariable UUID id) {
        }
    }

    @Test
    void anything_else_unexpected_stays_a_bare_500() {
        assertThat(ProblemWebExceptionHandler.toProblem(new IllegalStateException("a bug")).type())
                .isEqualTo(ProblemType.INTERNAL);
    }
}
