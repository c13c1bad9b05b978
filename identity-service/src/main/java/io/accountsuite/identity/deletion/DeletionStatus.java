package io.accountsuite.identity.deletion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where an account deletion stands: which services were expected to erase the customer's data, which have. */
public record DeletionStatus(UUID customerId, String status, Instant requestedAt, Instant completedAt,
                             List<String> expected, List<Confirmation> confirmed) {

    public record Confirmation(String service, Instant confirmedAt) {
    }

    public boolean isComplete() {
        return confirmed.stream().map(Confirmation::service).toList().containsAll(expected);
    }
}
