package io.accountsuite.platform.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Thrown by application code to answer with an RFC 9457 problem: Spring's {@link ErrorResponseException} whose
 * {@link ProblemDetail} carries the stable {@code type}, the title and status of its {@link ProblemType}, the detail
 * for the caller, field {@code errors} for invalid input, and extension members added with {@link #with} (for
 * example the items that would be over a plan's limits). Cheap to raise: refusals are expected, so no stack trace
 * is taken.
 */
public class ApiProblem extends ErrorResponseException {

    static final String ERRORS = "errors";

    private final ProblemType type;
    private final List<FieldError> errors = new ArrayList<>();

    /** Seconds a 503 asks the caller to wait before trying again, unless the problem sets its own. */
    static final String RETRY_AFTER_SECONDS = "5";

    /** A problem of {@code type}; a 503 comes with {@code Retry-After} (RFC 9110 section 10.2.3) to retry by. */
    public ApiProblem(ProblemType type, String detail) {
        super(type.status(), detail(type, detail), null);
        this.type = type;
        if (type.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
    }

    private static ProblemDetail detail(ProblemType type, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(type.status(), detail);
        body.setType(type.uri());
        body.setTitle(type.title());
        return body;
    }

    public static ApiProblem notFound(String what) {
        return ProblemType.NOT_FOUND.problem(what + " not found");
    }

    public static ApiProblem invalid(String field, String message) {
        return ProblemType.VALIDATION.problem(message).field(field, message);
    }

    /** Adds a field error ({@code errors[]}: {@code field} as a JSON path, {@code message} for people). */
    public ApiProblem field(String field, String message) {
        errors.add(new FieldError(field, message));
        getBody().setProperty(ERRORS, Collections.unmodifiableList(errors));
        return this;
    }

    /** Adds an extension member; a member named like a standard one or {@code errors} is ignored. */
    public ApiProblem with(String member, Object value) {
        if (!ERRORS.equals(member)) {
            getBody().setProperty(member, value);
        }
        return this;
    }

    public ApiProblem header(String name, String value) {
        getHeaders().set(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getBody().getDetail();
    }

    /** The detail, as logs and callers of {@link Throwable#getMessage()} expect it. */
    @Override
    public String getMessage() {
        return detail();
    }

    public List<FieldError> errors() {
        return Collections.unmodifiableList(errors);
    }

    /** The extension members but {@code errors}, in the order they were added. */
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        Map<String, Object> properties = getBody().getProperties();
        if (properties != null) {
            properties.forEach((name, value) -> {
                if (!ERRORS.equals(name)) {
                    members.put(name, value);
                }
            });
        }
        return members;
    }

    public Map<String, String> headers() {
        return getHeaders().toSingleValueMap();
    }

    /** Refusals are control flow, not bugs: skipping the stack trace keeps them cheap. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
