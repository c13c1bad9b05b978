package io.accountsuite.billing.payment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The network's payment method: {@code manual} (default) or {@code test}. */
@Configuration
class PaymentConfiguration {

    @Bean
    PaymentMethod paymentMethod(@Value("${billing.payments.method:manual}") String method,
                                @Value("${billing.payments.test.declining-card:4000000000000002}") String declining) {
        return switch (method) {
            case "manual" -> new ManualPayments();
            case "test" -> new TestPayments(declining);
            default -> throw new IllegalStateException("billing.payments.method must be manual or test, not " + method);
        };
    }
}
