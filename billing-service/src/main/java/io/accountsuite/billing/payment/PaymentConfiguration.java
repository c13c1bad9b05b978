package io.accountsuite.billing.payment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The network's payment method: {@code manual} (default) or {@code test}. */
@Configuration
class PaymentConfiguration {

    @Bean
    PaymentMethod paymentMethod(PaymentSettings settings) {
        return switch (settings.method()) {
            case "manual" -> new ManualPayments();
            case "test" -> new TestPayments(settings.test().decliningCard());
            default -> throw new IllegalStateException("billing.payments.method must be manual or test, not "
                    + settings.method());
        };
    }
}
