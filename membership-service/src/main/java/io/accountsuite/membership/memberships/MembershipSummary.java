package io.accountsuite.membership.memberships;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.accountsuite.membership.money.Money;
import io.accountsuite.membership.money.MoneyView;

/**
 * The admin overview's numbers: how many memberships are in each status (every status, 0 included, keyed by its
 * word: {@code {"pending":2,"trialing":1,"active":3,"on-hold":0,"expired":0,"cancelled":1}}) and the monthly recurring
 * revenue per currency ({@link MonthlyRecurringRevenue}).
 */
public record MembershipSummary(Map<String, Long> counts, List<MoneyView> monthlyRecurringRevenue) {

    static MembershipSummary of(Map<MembershipStatus, Long> counts, List<Money> revenue) {
        Map<String, Long> every = new LinkedHashMap<>();
        for (MembershipStatus status : MembershipStatus.values()) {
            every.put(status.value(), counts.getOrDefault(status, 0L));
        }
        return new MembershipSummary(every, revenue.stream().map(MoneyView::of).toList());
    }
}
