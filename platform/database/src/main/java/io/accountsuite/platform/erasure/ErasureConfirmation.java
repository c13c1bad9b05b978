package io.accountsuite.platform.erasure;

import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.erasure.ErasureEvents.DataErased;

/**
 * The hook by which a service that holds customer data takes its part in the account deletion saga: declared as a
 * bean, it makes the platform run the service's {@link CustomerDataEraser}s on AccountDeletionRequested and publish
 * {@code event} (on the service's own topic) naming {@code service} (README "How the platform is used").
 *
 * @param service the service's name in the saga ("billing"), as identity-service expects it
 * @param event   the *DataErased the service publishes, e.g. {@code ErasureEvents.BILLING_DATA_ERASED}
 */
public record ErasureConfirmation(String service, EventType<DataErased> event) {
}
