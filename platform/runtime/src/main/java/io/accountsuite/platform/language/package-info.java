/** The languages the suite speaks and how each writes money and dates (issue 21). */
@NullMarked
package io.accountsuite.platform.language;

import org.jspecify.annotations.NullMarked;
