package io.accountsuite.e2e.reliability.hostile;

/** The hostile part a generated request is sure to carry, whatever else it carries: what makes it refused. */
public enum Hostility {
    /** A body that is not JSON: cut short, single quotes, NaN, trailing commas, raw control characters, too deep. */
    MALFORMED_JSON,
    /** JSON that is not an object: an array, a string, a number, true, null. */
    NOT_AN_OBJECT,
    /** No body where one is required. */
    EMPTY_BODY,
    /** A body sent as text, a form, XML, with an unknown charset, or without a Content-Type. */
    WRONG_CONTENT_TYPE,
    /** A required field left out. */
    MISSING_FIELD,
    /** A field's value its rule refuses, of its type or of another JSON type. */
    REFUSED_VALUE,
    /** An id in the path that is not a UUID. */
    MALFORMED_ID,
    /** An id in the path that names nothing. */
    UNKNOWN_ID,
    /** The owner's ids, sent by another customer with the body that would have it done: 404. */
    FOREIGN_ID,
    /** An admin endpoint called by a customer: 403. */
    WRONG_ROLE,
    /** No token, or one that is not a valid token: 401 (403 for a write without its CSRF token). */
    BAD_TOKEN
}
