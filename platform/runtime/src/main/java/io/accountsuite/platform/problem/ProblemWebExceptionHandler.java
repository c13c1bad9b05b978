package io.accountsuite.platform.problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import io.netty.channel.unix.Errors;
import jakarta.validation.ConstraintViolation;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The one place where an exception becomes an HTTP answer, for every service: a problem+json body with a stable
 * type, field errors for invalid input, and never a stack trace. Anything unexpected is logged with its trace and
 * answered as a bare 500.
 */
@RequiredArgsConstructor
public class ProblemWebExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    private final ProblemResponses responses;

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ApiProblem problem = toProblem(error);
        if (problem.type() == ProblemType.SERVICE_UNAVAILABLE) {
            log.warn("{} {} answered 503: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    error.toString());
        } else if (problem.type().status().is5xxServerError()) {
            log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        }
        return responses.write(exchange, problem);
    }

    static ApiProblem toProblem(Throwable error) {
        if (error instanceof ApiProblem problem) {
            return problem;
        }
        if (error instanceof WebExchangeBindException bind) {
            return validation(bind.getBindingResult());
        }
        if (causedBy(error, DataBufferLimitException.class).isPresent()) {
            return ProblemType.PAYLOAD_TOO_LARGE.problem(Message.of("platform.body-too-large"));
        }
        if (error instanceof UnsupportedMediaTypeStatusException e) {
            return ProblemType.UNSUPPORTED_MEDIA_TYPE.problem(Message.of("platform.content-type-unsupported",
                    String.valueOf(e.getContentType())));
        }
        if (error instanceof NotAcceptableStatusException) {
            return ProblemType.NOT_ACCEPTABLE.problem(Message.of("platform.not-acceptable"));
        }
        if (error instanceof MethodNotAllowedException e) {
            return ProblemType.METHOD_NOT_ALLOWED.problem(Message.of("platform.method-not-allowed", e.getHttpMethod()))
                    .header("Allow", String.join(", ", e.getSupportedMethods().stream().map(Object::toString).toList()));
        }
        if (error instanceof ServerWebInputException e) {
            return malformed(e);
        }
        if (emptyPathVariable(error)) {
            return ProblemType.MALFORMED_REQUEST.problem(Message.of("platform.path-part-empty"));
        }
        if (unavailable(error)) {
            return ProblemType.SERVICE_UNAVAILABLE.problem(Message.of("platform.unavailable"));
        }
        if (error instanceof ResponseStatusException e) {
            return fromStatus(e);
        }
        return ProblemType.INTERNAL.problem((String) null);
    }

    /**
     * A dependency that is down, unreachable or too slow: a refused or timed-out connection, a connection closed or
     * reset before the answer (the dependency died mid-request), the gateway's 502/504, a database out of reach.
     * The caller may retry (its writes carry idempotency keys), so it gets 503 with Retry-After, never a 500.
     */
    static boolean unavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof TimeoutException
                    || t instanceof io.netty.handler.timeout.TimeoutException || t instanceof PrematureCloseException
                    || t instanceof SocketException || t instanceof Errors.NativeIoException
                    || t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException) {
                return true;
            }
            if (t instanceof ResponseStatusException status && (status.getStatusCode().value() == 502
                    || status.getStatusCode().value() == 504)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A path variable that converted to nothing: its segment was there (the route matched) but blank, e.g.
     * {@code /api/memberships/%20}, which Spring's converters read as a null UUID. WebFlux raises that as a
     * ServerErrorException (500), taking it for a handler declared against its route; here it is always what the
     * client sent. Found by HostileInputIT.
     */
    static boolean emptyPathVariable(Throwable error) {
        return error instanceof ServerErrorException e && e.getMethodParameter() != null
                && e.getMethodParameter().hasParameterAnnotation(PathVariable.class);
    }

    private static ApiProblem validation(BindingResult result) {
        ApiProblem problem = ProblemType.VALIDATION.problem(Message.of("platform.fields-invalid"));
        result.getFieldErrors().forEach(f -> field(problem, f.getField(), f));
        result.getGlobalErrors().forEach(g -> field(problem, g.getObjectName(), g));
        return problem;
    }

    /** A bean validation error is written in the caller's language; any other as the binder wrote it. */
    private static void field(ApiProblem problem, String field, ObjectError error) {
        if (error.contains(ConstraintViolation.class)) {
            problem.field(field, error.unwrap(ConstraintViolation.class));
        } else {
            problem.field(field, error.getDefaultMessage());
        }
    }

    private static ApiProblem malformed(ServerWebInputException e) {
        boolean unreadableBody = causedBy(e, DecodingException.class).isPresent();
        ApiProblem problem = unreadableBody || e.getReason() == null
                ? ProblemType.MALFORMED_REQUEST.problem(Message.of(unreadableBody ? "platform.body-not-json"
                        : "platform.malformed"))
                : ProblemType.MALFORMED_REQUEST.problem(e.getReason());
        // Name the field that could not be read, without echoing the parser's internals.
        causedBy(e, DatabindException.class).filter(error -> !fieldPath(error).isEmpty())
                .ifPresent(error -> problem.field(fieldPath(error), Message.of(String.valueOf(
                        error.getOriginalMessage()).contains(TextWithoutNul.REFUSAL) ? "platform.field.contains-nul"
                        : "platform.field.missing-or-wrong-type")));
        return problem;
    }

    private static String fieldPath(DatabindException error) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A status the framework raised: the problem type of that status, and for any other client error a
     * {@code malformed-request}; never a 500 for what the client sent.
     */
    private static ApiProblem fromStatus(ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        for (ProblemType type : List.of(ProblemType.NOT_FOUND, ProblemType.UNAUTHENTICATED, ProblemType.FORBIDDEN,
                ProblemType.METHOD_NOT_ALLOWED, ProblemType.NOT_ACCEPTABLE, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                ProblemType.CONFLICT, ProblemType.PAYLOAD_TOO_LARGE, ProblemType.TOO_MANY_REQUESTS,
                ProblemType.SERVICE_UNAVAILABLE, ProblemType.MALFORMED_REQUEST)) {
            if (type.status() == status) {
                return status == HttpStatus.NOT_FOUND ? type.problem(Message.of("platform.no-such-resource"))
                        : type.problem(e.getReason());
            }
        }
        return e.getStatusCode().is4xxClientError()
                ? e.getReason() == null ? ProblemType.MALFORMED_REQUEST.problem(Message.of("platform.not-as-sent"))
                        : ProblemType.MALFORMED_REQUEST.problem(e.getReason())
                : ProblemType.INTERNAL.problem((String) null);
    }

    private static <T extends Throwable> Optional<T> causedBy(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
