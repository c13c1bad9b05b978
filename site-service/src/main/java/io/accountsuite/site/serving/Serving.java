package io.accountsuite.site.serving;

import java.time.LocalDate;

import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.problem.Message;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.site.SiteProblems;
import org.springframework.http.HttpStatus;

/**
 * Whether a site is served, from its membership's standing (SPEC "Standing"): served while the membership is active,
 * trialing or on hold, and while a cancelled one still has a paid or trial period running; not served while it is
 * pending (nothing paid yet) or expired. A site whose membership's standing is not known yet is served (sites from
 * before standings were kept).
 *
 * @param reason why it is not served (pending-payment, expired, cancelled), null when served
 */
public record Serving(boolean served, String reason, String message) {


    public static final Serving SERVED = new Serving(true, null, null);

    /** The serving state for a membership {@code status} with its {@code paidThrough} (null: nothing paid). */
    public static Serving of(String status, LocalDate paidThrough) {
        if (status == null) {
            return SERVED;
        }
        return switch (status) {
            case "active", "trialing", "on-hold" -> SERVED;
            case "cancelled" -> paidThrough != null ? SERVED : new Serving(false, "cancelled",
                    "The membership was cancelled before anything was paid; resubscribe to bring the site online.");
            case "pending" -> new Serving(false, "pending-payment",
                    "The membership starts once its first invoice is paid; pay it to bring the site online.");
            case "expired" -> new Serving(false, "expired",
                    "The membership has expired; pay the open invoice or resubscribe to bring the site back.");
            default -> SERVED;
        };
    }

    /** A visit to a site that is not served: 403 naming why. */
    public ApiProblem visitRefused() {
        return SiteProblems.SITE_UNAVAILABLE.problem(Message.of("site.serving." + reason)).with("reason", reason);
    }

    /** A content write to a site that is not served: 409 naming why. */
    public ApiProblem writeRefused() {
        return SiteProblems.MEMBERSHIP_NOT_ACTIVE.problem(Message.of("site.serving." + reason)).with("reason", reason);
    }
}
