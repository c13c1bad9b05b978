package io.accountsuite.billing.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param networkName the seller's name printed on invoices and credit notes ({@code billing.network-name}) */
@ConfigurationProperties("billing")
public record PdfSettings(@DefaultValue("Account Suite Network") String networkName) {
}
