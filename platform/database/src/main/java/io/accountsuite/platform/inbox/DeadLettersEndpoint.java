package io.accountsuite.platform.inbox;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.lang.Nullable;

/**
 * {@code /actuator/deadletters} on the management port: GET lists the parked events (no content), POST replays them
 * ({@code {"id": 12}} for one, no body for all). See deploy/RUNBOOK.md, "Replaying dead letters".
 */
@Endpoint(id = "deadletters")
@RequiredArgsConstructor
public class DeadLettersEndpoint {

    private final DeadLetters deadLetters;

    @ReadOperation
    public List<DeadLetters.Parked> parked() {
        return deadLetters.list().collectList().block();
    }

    @WriteOperation
    public DeadLetters.Replay replay(@Nullable Long id) {
        return deadLetters.replay(id).block();
    }
}
