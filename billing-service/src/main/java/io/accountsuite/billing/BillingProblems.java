package io.accountsuite.billing;

import io.accountsuite.platform.problem.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * The problem types this service answers with beyond the platform's ({@link ProblemType}), in one place: one slug
 * per meaning across the suite ({@code over-limit} means the same in site-service and membership-service).
 */
public final class BillingProblems {

    public static final ProblemType NOT_REFUNDABLE = new ProblemType("not-refundable", HttpStatus.CONFLICT,
            "This invoice has no payment to refund");

    public static final ProblemType REFUND_EXCEEDS_PAYMENT = new ProblemType("refund-exceeds-payment",
            HttpStatus.CONFLICT,
            "A refund cannot be more than what was paid and not yet refunded");

    public static final ProblemType NOT_PAYABLE = new ProblemType("not-payable", HttpStatus.CONFLICT,
            "This invoice is not payable");

    public static final ProblemType PAYMENT_FAILED = new ProblemType("payment-failed", HttpStatus.PAYMENT_REQUIRED,
            "The payment failed");

    private BillingProblems() {
    }
}
