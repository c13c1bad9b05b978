package io.accountsuite.gateway;

import io.accountsuite.testkit.StubBackend;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One stub per backend service, shared by the gateway's tests; the gateway is pointed at them. */
public final class GatewayTestBackends {

    public static final StubBackend IDENTITY = new StubBackend();
    public static final StubBackend MEMBERSHIP = new StubBackend();
    public static final StubBackend BILLING = new StubBackend();
    public static final StubBackend SITE = new StubBackend();
    public static final StubBackend DOMAIN = new StubBackend();
    public static final StubBackend NOTIFICATION = new StubBackend();

    private GatewayTestBackends() {
    }

    /** Forgets every stub's answers and recorded requests: each test sets up what it needs. */
    public static void resetAll() {
        for (StubBackend stub : new StubBackend[] {IDENTITY, MEMBERSHIP, BILLING, SITE, DOMAIN, NOTIFICATION}) {
            stub.reset();
        }
    }

    /** Points the gateway at the stubs ({@link GatewayTest}). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class PointedAtStubs {

        @Bean
        DynamicPropertyRegistrar gatewayBackends() {
            return GatewayTestBackends::register;
        }
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("IDENTITY_URL", IDENTITY::url);
        registry.add("MEMBERSHIP_URL", MEMBERSHIP::url);
        registry.add("BILLING_URL", BILLING::url);
        registry.add("SITE_URL", SITE::url);
        registry.add("DOMAIN_URL", DOMAIN::url);
        registry.add("NOTIFICATION_URL", NOTIFICATION::url);
        // Short enough for a test to see a hanging service given up on.
        registry.add("GATEWAY_RESPONSE_TIMEOUT", () -> "2s");
    }
}
