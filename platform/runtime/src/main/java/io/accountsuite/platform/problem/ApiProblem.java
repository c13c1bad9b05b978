package io.accountsuite.platform.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>The detail and field messages are for people, so they are written in the caller's language: made from a
 * {@link Message} (a key of the problem bundles and its arguments), they are resolved by {@link ProblemMessages}
 * when the answer is written. {@link #detail()}, {@link #errors()} and the {@link #getBody() body} hold the English
 * text (for logs and in-process callers); {@link #detail(ProblemMessages, Locale)} and
 * {@link #errors(ProblemMessages, Locale)} give it in a language. A plain string is shown as it is in every
 * language: keep it for text that is not for people.
 */
public class ApiProblem extends ErrorResponseException {

    static final String ERRORS = "errors";

    private final ProblemType type;
    private final Object detail;
    private final List<Field> fields = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();

    /** A field error whose message is a string, a {@link Message} or a bean validation violation. */
    private record Field(String field, Object message) {
    }

    /** Seconds a 503 asks the caller to wait before trying again, unless the problem sets its own. */
    static final String RETRY_AFTER_SECONDS = "5";

    /** A problem of {@code type}; a 503 comes with {@code Retry-After} (RFC 9110 section 10.2.3) to retry by. */
    public ApiProblem(ProblemType type, String detail) {
        this(type, (Object) detail);
    }

    /** A problem of {@code type} whose detail is {@code detail} in the caller's language. */
    public ApiProblem(ProblemType type, Message detail) {
        this(type, (Object) detail);
    }

    private ApiProblem(ProblemType type, Object detail) {
        super(type.status(), detail(type, english(detail)), null);
        this.type = type;
        this.detail = detail;
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

    private static String english(Object text) {
        return ProblemMessages.standard().text(text, ProblemMessages.DEFAULT);
    }

    /**
     * 404 {@code not-found}, "{@code what} not found": {@code what} is a thing's English name ({@code Invoice}), shown
     * in French as the entry {@code thing.<what>} of the problem bundles.
     */
    public static ApiProblem notFound(String what) {
        return ProblemType.NOT_FOUND.problem(Message.of("problem.not-found.detail",
                Message.word("thing." + what, what)));
    }


    public static ApiProblem invalid(String field, String message) {
        return ProblemType.VALIDATION.problem(message).field(field, message);
    }

    /** 400 {@code validation-failed} for one field, its message also the detail. */
    public static ApiProblem invalid(String field, Message message) {
        return ProblemType.VALIDATION.problem(message).field(field, message);
    }

    /** Adds a field error ({@code errors[]}: {@code field} as a JSON path, {@code message} for people). */
    public ApiProblem field(String field, String message) {
        return addField(field, message);
    }

    /** Adds a field error whose message is {@code message} in the caller's language. */
    public ApiProblem field(String field, Message message) {
        return addField(field, message);
    }

    /** Adds a field error whose message is a bean validation violation's, in the caller's language. */
    ApiProblem field(String field, jakarta.validation.ConstraintViolation<?> violation) {
        return addField(field, violation);
    }

    private ApiProblem addField(String field, Object message) {
        fields.add(new Field(field, message));
        errors.add(new FieldError(field, english(message)));
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

    /** The title in {@code locale}. */
    public String title(ProblemMessages messages, Locale locale) {
        return messages.title(type, locale);
    }

    /** The detail in {@code locale}; null when the problem has none. */
    public String detail(ProblemMessages messages, Locale locale) {
        return messages.text(detail, locale);
    }

    /** The field errors, their messages in {@code locale}. */
    public List<FieldError> errors(ProblemMessages messages, Locale locale) {
        return fields.stream().map(f -> new FieldError(f.field(), messages.text(f.message(), locale))).toList();
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
