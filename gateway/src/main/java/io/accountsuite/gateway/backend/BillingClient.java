package io.accountsuite.gateway.backend;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * billing-service as the gateway uses it: the caller's billing address (the address form), or it with their
 * invoices, credit notes and account credit in one call (the page, the export); {@code contract-fixtures/billing/*},
 * checked by billing-service's tests.
 */
@Component
@RequiredArgsConstructor
public class BillingClient {

    /** The fields of an invoice (an item of the overview's {@code invoices}) the gateway itself reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Invoice(String id, boolean payable) {
    }

    private final Backends backends;

    /**
     * The page's four billing blocks in one call: {@code {address (null when none), invoices, creditNotes,
     * accountCredit}}, each shaped as its own endpoint answers it.
     */
    public Mono<Block> overview(String token, Duration timeout) {
        return backends.get(Backend.BILLING, token, timeout, "/api/billing/overview").map(Block::noneAsUnavailable);
    }

    public Mono<Block> address(String token, Duration timeout) {
        return backends.get(Backend.BILLING, token, timeout, "/api/billing/address");
    }

    /** PUT /api/billing/address, relayed: billing's own status and problem body. */
    public Mono<ResponseEntity<byte[]>> saveAddress(String token, Object address) {
        return backends.relay(Backend.BILLING, HttpMethod.PUT, token, address, "/api/billing/address");
    }
}
