package io.accountsuite.platform.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A stable kind of problem: clients branch on {@link #uri()}, never on the human-readable title or detail.
 * Services define their own kinds next to the feature that raises them. {@code title} is the English title; people
 * read the entry {@code problem.<slug>.title} of the problem bundles in their language ({@link ProblemMessages}).
 */
public record ProblemType(String slug, HttpStatus status, String title) {

    public static final String BASE = "https://account-suite.example/problems/";

    public static final ProblemType VALIDATION = new ProblemType("validation-failed", HttpStatus.BAD_REQUEST,
            "The request has invalid fields");
    public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request", HttpStatus.BAD_REQUEST,
            "The request could not be read");
    public static final ProblemType UNAUTHENTICATED = new ProblemType("unauthenticated", HttpStatus.UNAUTHORIZED,
            "Authentication is required");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", HttpStatus.FORBIDDEN,
            "This action is not allowed");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", HttpStatus.NOT_FOUND,
            "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed",
            HttpStatus.METHOD_NOT_ALLOWED, "This method is not allowed here");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", HttpStatus.NOT_ACCEPTABLE,
            "No acceptable representation");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "This content type is not supported");
    public static final ProblemType CONFLICT = new ProblemType("conflict", HttpStatus.CONFLICT,
            "The request conflicts with the current state");
    public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large",
            HttpStatus.CONTENT_TOO_LARGE, "The request body is too large");
    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType("too-many-requests",
            HttpStatus.TOO_MANY_REQUESTS, "Too many attempts");
    public static final ProblemType SERVICE_UNAVAILABLE = new ProblemType("service-unavailable",
            HttpStatus.SERVICE_UNAVAILABLE, "The service is temporarily unavailable");
    public static final ProblemType INTERNAL = new ProblemType("internal-error", HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side");

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** An exception of this kind with a detail for the caller, the same in every language. */
    public ApiProblem problem(String detail) {
        return new ApiProblem(this, detail);
    }

    /** An exception of this kind whose detail is {@code detail} in the caller's language. */
    public ApiProblem problem(Message detail) {
        return new ApiProblem(this, detail);
    }
}
