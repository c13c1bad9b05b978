package io.accountsuite.gateway.backend;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * billing-service as the gateway uses it: the caller's billing address, invoices, credit notes and account credit
 * ({@code contract-fixtures/billing/*.json}, checked by billing-service's tests).
 */
@Component
@RequiredArgsConstructor
public class BillingClient {

    /** The fields of a {@code GET /api/billing/invoices} item the gateway itself reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Invoice(String id, boolean payable) {
    }

    private final Backends backends;

    public Mono<Block> address(String token, Duration timeout) {
        return backends.get(Backend.BILLING, token, timeout, "/api/billing/address");
    }

    public Mono<Block> invoices(String token, Duration timeout) {
        return backends.get(Backend.BILLING, token, timeout, "/api/billing/invoices");
    }

    public Mono<Block> creditNotes(String token, Duration timeout) {
        return backends.get(Backend.BILLING, token, timeout, "/api/billing/credit-notes");
    }

    /** Unspent account credit, one entry a currency. */
    public Mono<Block> accountCredit(String token, Duration timeout) {
        return backends.get(Backend.BILLING, token, timeout, "/api/billing/account-credit");
    }

    /** PUT /api/billing/address, relayed: billing's own status and problem body. */
    public Mono<ResponseEntity<byte[]>> saveAddress(String token, Object address) {
        return backends.relay(Backend.BILLING, HttpMethod.PUT, token, address, "/api/billing/address");
    }
}
