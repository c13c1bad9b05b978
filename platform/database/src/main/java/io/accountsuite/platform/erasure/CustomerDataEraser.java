package io.accountsuite.platform.erasure;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Erases one kind of a customer's data when their account is deleted. Each service declares one bean per kind of
 * data it holds; they run in the transaction that confirms the erasure.
 */
public interface CustomerDataEraser {

    Mono<Void> erase(UUID customerId);
}
