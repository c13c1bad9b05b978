package io.accountsuite.billing.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The network's payment method ({@code billing.payments.*}; README "Configuration").
 *
 * @param method {@code manual} (an admin marks invoices paid) or {@code test} (a card form that accepts any card but
 *               the declining one)
 * @param test   the test method's declining card number
 */
@ConfigurationProperties("billing.payments")
public record PaymentSettings(@DefaultValue("manual") String method, @DefaultValue Test test) {

    public record Test(@DefaultValue("4000000000000002") String decliningCard) {
    }
}
