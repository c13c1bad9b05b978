package io.accountsuite.platform.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by application code to answer with an RFC 9457 problem. Extra members (for example the items that would
 * be over a plan's limits) are added with {@link #with}.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, Object> members = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiProblem(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public static ApiProblem notFound(String what) {
        return ProblemType.NOT_FOUND.problem(what + " not found");
    }

    public static ApiProblem invalid(String field, String message) {
        return ProblemType.VALIDATION.problem(message).field(field, message);
    }

    public ApiProblem field(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public ApiProblem with(String member, Object value) {
        members.put(member, value);
        return this;
    }

    public ApiProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return Collections.unmodifiableList(errors);
    }

    public Map<String, Object> members() {
        return Collections.unmodifiableMap(members);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }
}
