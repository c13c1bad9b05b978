package io.accountsuite.gateway;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.accountsuite.testkit.ServiceTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the gateway in front of one stub a backend ({@link GatewayTestBackends}). Tests that add no settings of
 * their own share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServiceTest
@Import(GatewayTestBackends.PointedAtStubs.class)
public @interface GatewayTest {
}
