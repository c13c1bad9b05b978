package io.accountsuite.domain;

import io.accountsuite.platform.problem.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * The problem types this service answers with beyond the platform's ({@link ProblemType}), in one place: one slug
 * per meaning across the suite ({@code over-limit} means the same in site-service and membership-service).
 */
public final class DomainProblems {

    public static final ProblemType CUSTOM_DOMAINS_NOT_ALLOWED = new ProblemType("custom-domains-not-allowed",
            HttpStatus.FORBIDDEN,
            "Custom domains are not available for this site");

    public static final ProblemType DOMAIN_TAKEN = new ProblemType("domain-taken", HttpStatus.CONFLICT,
            "This domain is already used by a site");

    public static final ProblemType PRIMARY_DOMAIN_CHANGED = new ProblemType("primary-domain-changed",
            HttpStatus.CONFLICT,
            "Another domain of this site became primary at the same time");

    private DomainProblems() {
    }
}
