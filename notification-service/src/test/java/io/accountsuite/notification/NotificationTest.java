package io.accountsuite.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.accountsuite.testkit.RealInfrastructureInitializer;
import io.accountsuite.testkit.ServiceTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link ServiceTest} of notification-service sending to the test kit's SMTP server ({@code TestMailServer}),
 * with delivery and its retries quick enough for a test: a pass every 100 ms, a first retry after 200 ms.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServiceTest
// Both initializers: this annotation's list replaces @ServiceTest's rather than adding to it.
@ContextConfiguration(initializers = {RealInfrastructureInitializer.class, TestMailServerInitializer.class})
@TestPropertySource(properties = {
        "notification.delivery.interval=100ms",
        "notification.delivery.upkeep-interval=200ms",
        "notification.delivery.first-backoff=200ms",
        "notification.delivery.max-backoff=1s",
        "notification.delivery.max-attempts=30",
        "notification.trials.interval=200ms",
        "notification.page-url=https://account.test",
})
public @interface NotificationTest {
}
