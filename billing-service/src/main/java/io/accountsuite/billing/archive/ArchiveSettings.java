package io.accountsuite.billing.archive;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long invoices and credit notes of an erased customer are kept, detached from them
 *                  ({@code billing.archive.retention}, {@code BILLING_ARCHIVE_RETENTION}: 10 years)
 */
@ConfigurationProperties("billing.archive")
public record ArchiveSettings(@DefaultValue("10y") Period retention) {
}
