/** The network's domain-mapping settings: where custom domains must point, the instructions shown, how checks retry. */
@NullMarked
package io.accountsuite.domain.settings;

import org.jspecify.annotations.NullMarked;
