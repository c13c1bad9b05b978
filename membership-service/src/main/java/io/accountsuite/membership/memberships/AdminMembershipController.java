package io.accountsuite.membership.memberships;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The admin's view of every membership (issue 20's admin contract): the list and the overview's numbers. */
@RestController
@RequiredArgsConstructor
class AdminMembershipController {

    private final AdminMembershipReadings readings;

    /**
     * The list's filters: one customer, one status (its word), and how many at most (1 to 500, 100 if absent). A
     * value that is none of these is a 400 field error.
     */
    record MembershipQuery(@Nullable UUID customerId,
                           @Pattern(regexp = "pending|trialing|active|on-hold|expired|cancelled")
                           @Nullable String status,
                           @Min(1) @Max(500) @Nullable Integer limit) {
        @Nullable MembershipStatus wantedStatus() {
            return status == null ? null : MembershipStatus.of(status);
        }

        int size() {
            return limit == null ? 100 : limit;
        }
    }

    /** Memberships newest first, filtered by customer and status. */
    @GetMapping("/api/admin/memberships")
    Flux<AdminMembership> list(@Valid MembershipQuery query) {
        return readings.newest(query.customerId(), query.wantedStatus(), query.size());
    }

    /** How many memberships are in each status, and the monthly recurring revenue per currency. */
    @GetMapping("/api/admin/memberships/summary")
    Mono<MembershipSummary> summary() {
        return readings.summary();
    }
}
