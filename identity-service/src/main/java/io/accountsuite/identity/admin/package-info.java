/** Network admins: customers created by an admin, admin roles granted and taken back, signing keys. */
@NullMarked
package io.accountsuite.identity.admin;

import org.jspecify.annotations.NullMarked;
