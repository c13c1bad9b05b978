package io.accountsuite.platform.problem;

/** One invalid field of a request: {@code field} is the request's JSON path, e.g. {@code address.postalCode}. */
public record FieldError(String field, String message) {
}
