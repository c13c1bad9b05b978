/**
 * The network admin's pages under {@code /admin} (issue 20): overview, products, site templates, coupons,
 * customers, invoices, domains and settings. Each page reads and writes through the owning service's admin API
 * with the admin's own token, shows a refusal's problem+json beside its fields ({@link AdminForms}), and needs the
 * admin role (GatewaySecurity).
 */
@NullMarked
package io.accountsuite.gateway.admin;

import org.jspecify.annotations.NullMarked;
