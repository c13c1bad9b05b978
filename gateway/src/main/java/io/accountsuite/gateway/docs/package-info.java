/**
 * The public API's description: every service's OpenAPI description, merged into the one of the paths the gateway
 * publishes ({@code GET /api/docs/openapi.json}), and the page that shows it ({@code GET /api/docs}).
 */
@NullMarked
package io.accountsuite.gateway.docs;

import org.jspecify.annotations.NullMarked;
