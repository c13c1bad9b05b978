package io.accountsuite.notification;

import io.accountsuite.platform.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** The problem types this service answers with beyond the platform's ({@link ProblemType}). */
public final class NotificationProblems {

    /** One answer for a link that is unknown, used, replaced or expired: the caller learns nothing more. */
    public static final ProblemType INVALID_VERIFICATION_LINK = new ProblemType("invalid-verification-link",
            HttpStatus.BAD_REQUEST,
            "This verification link cannot be used");

    /** Nothing waits for a verification link: the address is confirmed and no email change is pending. */
    public static final ProblemType ALREADY_VERIFIED = new ProblemType("already-verified", HttpStatus.CONFLICT,
            "This email address is confirmed already");

    private NotificationProblems() {
    }
}
