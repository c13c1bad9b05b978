package io.accountsuite.identity.deletion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsuite.contracts.erasure.ErasureEvents.Kept;

/**
 * Where an account deletion stands: which services were expected to erase the customer's data, which have, and what
 * each kept as the law requires, detached from the account, and until when (GDPR Art. 17(3)(b)).
 */
public record DeletionStatus(UUID customerId, String status, Instant requestedAt, Instant completedAt,
                             List<String> expected, List<Confirmation> confirmed) {

    public record Confirmation(String service, Instant confirmedAt, List<Kept> kept) {
    }

    /** Everything kept, over every confirmation. */
    @JsonProperty("kept")
    public List<Kept> kept() {
        return confirmed.stream().flatMap(c -> c.kept().stream()).toList();
    }

    public boolean isComplete() {
        return confirmed.stream().map(Confirmation::service).toList().containsAll(expected);
    }
}
