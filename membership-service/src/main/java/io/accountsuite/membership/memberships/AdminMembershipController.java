package io.accountsuite.membership.memberships;

import io.accountsuite.platform.web.ListQuery;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The admin's view of every membership (issue 20's admin contract): the list and the overview's numbers. */
@RestController
@RequiredArgsConstructor
class AdminMembershipController {

    private final AdminMembershipReadings readings;

    /**
     * Lists every customer's memberships, newest first (role admin).
     *
     * Filtered by {@code customerId} and {@code status} (its word), at most {@code limit} ({@link ListQuery}: a value
     * that is none of these is a 400 field error).
     */
    @GetMapping("/api/admin/memberships")
    Flux<AdminMembership> list(@RequestParam(required = false) @Nullable String customerId,
                               @RequestParam(required = false) @Nullable String status,
                               @RequestParam(required = false) @Nullable String limit) {
        return Flux.defer(() -> readings.newest(ListQuery.id("customerId", customerId),
                ListQuery.word(MembershipStatus.class, "status", status), ListQuery.limit(limit)));
    }

    /**
     * Counts the memberships in each status, with the monthly recurring revenue per currency (role admin).
     */
    @GetMapping("/api/admin/memberships/summary")
    Mono<MembershipSummary> summary() {
        return readings.summary();
    }
}
