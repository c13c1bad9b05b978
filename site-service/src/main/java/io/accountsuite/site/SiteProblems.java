package io.accountsuite.site;

import io.accountsuite.platform.problem.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * The problem types this service answers with beyond the platform's ({@link ProblemType}), in one place: one slug
 * per meaning across the suite ({@code over-limit} means the same in site-service and membership-service).
 */
public final class SiteProblems {

    public static final ProblemType OVER_LIMIT = new ProblemType("over-limit", HttpStatus.CONFLICT,
            "The site is at its plan's limit");

    public static final ProblemType VISIT_QUOTA_REACHED = new ProblemType("visit-quota-reached",
            HttpStatus.TOO_MANY_REQUESTS,
            "The site reached its monthly visits");

    public static final ProblemType TEMPLATE_SWITCHING_NOT_ALLOWED = new ProblemType("template-switching-not-allowed",
            HttpStatus.FORBIDDEN, "Template switching is not available for this site");

    public static final ProblemType SWITCH_IN_PROGRESS = new ProblemType("switch-in-progress", HttpStatus.CONFLICT,
            "A template switch is already under way for this site");

    public static final ProblemType SITE_UNAVAILABLE = new ProblemType("site-unavailable", HttpStatus.FORBIDDEN,
            "This site is not served");

    public static final ProblemType MEMBERSHIP_NOT_ACTIVE = new ProblemType("membership-not-active",
            HttpStatus.CONFLICT, "The site's membership is not active");

    private SiteProblems() {
    }
}
