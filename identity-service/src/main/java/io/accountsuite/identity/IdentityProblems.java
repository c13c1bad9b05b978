package io.accountsuite.identity;

import io.accountsuite.platform.problem.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * The problem types this service answers with beyond the platform's ({@link ProblemType}), in one place: one slug
 * per meaning across the suite ({@code over-limit} means the same in site-service and membership-service).
 */
public final class IdentityProblems {

    public static final ProblemType EMAIL_TAKEN = new ProblemType("email-taken",
            HttpStatus.CONFLICT, "This email is already in use");

    public static final ProblemType SIGNING_KEY_IN_USE = new ProblemType("signing-key-in-use", HttpStatus.CONFLICT,
            "The key that signs tokens now cannot be retired");

    public static final ProblemType LAST_ADMIN = new ProblemType("last-admin", HttpStatus.CONFLICT,
            "The network needs at least one admin");

    private IdentityProblems() {
    }
}
