package io.accountsuite.identity.audit;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Structured audit lines for every authentication event, on the {@code audit} logger. They name the customer by
 * id and the client by address; never a password, token or email.
 */
public final class Audit {

    private static final Logger log = LoggerFactory.getLogger("audit");

    private Audit() {
    }

    public static void record(String event, UUID customerId, String clientAddress, String outcome) {
        log.atInfo()
                .addKeyValue("audit.event", event)
                .addKeyValue("audit.customer", customerId == null ? "unknown" : customerId.toString())
                .addKeyValue("audit.client", clientAddress == null ? "unknown" : clientAddress)
                .addKeyValue("audit.outcome", outcome)
                .log("{} {}", event, outcome);
    }
}
