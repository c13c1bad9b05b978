/** The gateway's calls to each service: one typed client a backend, each behind its breaker and bulkhead. */
@NullMarked
package io.accountsuite.gateway.backend;

import org.jspecify.annotations.NullMarked;
