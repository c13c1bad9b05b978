package io.accountsuite.identity.admin;

import java.util.Set;
import java.util.UUID;

import io.accountsuite.identity.audit.Audit;
import io.accountsuite.identity.customer.Customer;
import io.accountsuite.identity.customer.Customers;
import io.accountsuite.platform.problem.ApiProblem;
import io.accountsuite.platform.security.Caller;
import io.accountsuite.platform.validation.SingleLine;
import io.accountsuite.platform.web.ListQuery;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Network admins: search customers, read one, create one (support and demo data), promote one to admin or demote
 * one. Each write is kept in the audit log ({@code GET /api/admin/audit}) and logged on the {@code audit} logger.
 */
@RestController
@RequestMapping("/api/admin/customers")
@RequiredArgsConstructor
class AdminCustomersController {

    private final Customers customers;
    private final AdminRoles roles;
    private final AdminCreation creation;

    record NewCustomer(@NotNull @Size(max = 254) String email, @NotNull @Size(max = 1024) String password,
                       @NotNull @Size(max = 200) String name, Boolean admin) {
    }

    /** The customer search's text: what the email or name holds (any case; blank or absent for everyone). */
    record CustomerSearch(@Size(max = 200) @SingleLine String q) {
        String text() {
            return q == null ? "" : q;
        }
    }

    /**
     * Lists the customers whose email or name holds the search text, newest first (role admin).
     *
     * {@code q}: the text to find (any case; blank or absent for everyone); at most {@code limit} customers (issue
     * 20's admin contract; {@link ListQuery}). A bad value is a 400 field error.
     */
    @GetMapping
    Flux<CustomerView> search(@Valid CustomerSearch query, @RequestParam(required = false) String limit) {
        return Flux.defer(() -> customers.search(query.text(), ListQuery.limit(limit))).map(CustomerView::of);
    }

    /** Retrieves one customer (role admin). 404 {@code not-found} for an id no customer has (or no longer has). */
    @GetMapping("/{id}")
    Mono<CustomerView> one(@PathVariable UUID id) {
        return customers.findById(id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("customer")))
                .map(CustomerView::of);
    }

    /**
     * Creates a customer account (role admin; support and demo data), optionally a network admin.
     *
     * 201 with the customer. The entry {@code customer-created} is written to the audit log.
     */
    @ApiResponse(responseCode = "409", description = "email-taken: another account already uses this email")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CustomerView> create(@Valid @RequestBody NewCustomer body, Caller admin) {
        Set<String> roles = Boolean.TRUE.equals(body.admin()) ? Set.of(Customer.CUSTOMER, Customer.ADMIN)
                : Set.of(Customer.CUSTOMER);
        return creation.create(admin, body.email(), body.password(), body.name(), roles)
                .doOnNext(c -> Audit.record("admin-create-customer", admin.customerId(), null, c.id().toString()))
                .map(CustomerView::of);
    }

    /**
     * Makes a customer a network admin from their next sign-in or refresh (role admin).
     *
     * The caller must still be an admin as stored, not only by their token (403). Promoting an admin changes nothing.
     */
    @PostMapping("/{id}/admin")
    Mono<CustomerView> promote(@PathVariable UUID id, Caller admin) {
        return roles.promote(admin, id)
                .doOnNext(c -> Audit.record("admin-promote", admin.customerId(), null, c.id().toString()))
                .map(CustomerView::of);
    }

    /** Takes a customer's admin role away (role admin); their sessions end at once. 409 {@code last-admin}. */
    @ApiResponse(responseCode = "200", description = "The customer, no longer an admin")
    @ApiResponse(responseCode = "409", description = "last-admin: the network needs at least one admin")
    @DeleteMapping("/{id}/admin")
    Mono<CustomerView> demote(@PathVariable UUID id, Caller admin) {
        return roles.demote(admin, id)
                .doOnNext(c -> Audit.record("admin-demote", admin.customerId(), null, c.id().toString()))
                .map(CustomerView::of);
    }
}
