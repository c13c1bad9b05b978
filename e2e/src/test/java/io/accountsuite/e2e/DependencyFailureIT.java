package io.accountsuite.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.e2e.Customers.NewCustomer;
import io.accountsuite.e2e.RunningSuite.Response;
import io.accountsuite.testkit.Concurrently;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that is down, and a flood of sign-ins, as customers meet them through the gateway: a write to a killed
 * service answers 503 problem+json with Retry-After at once (never 500, never a hang), and a hundred parallel
 * sign-ins leave identity-service running and its owner able to sign in.
 */
@ExtendWith(RunningSuite.class)
class DependencyFailureIT {

    private static final Duration RECOVERY = Duration.ofMinutes(3);

    /** A write each service owns, to ids that need not exist: the gateway must answer before any service would. */
    private record Write(String service, String method, String path, Map<String, Object> body) {
    }

    @Test
    void a_write_to_a_service_that_was_just_killed_answers_503_within_two_seconds() {
        NewCustomer ann = Customers.create();
        String site = UUID.randomUUID().toString();
        List<Write> writes = List.of(
                new Write("identity-service", "POST", "/api/account/email",
                        Map.of("password", Customers.PASSWORD, "newEmail", "new-" + ann.email())),
                new Write("membership-service", "POST", "/api/memberships",
                        Customers.membership("demo-basic", "Down", "down-" + site.substring(0, 8))),
                new Write("billing-service", "PUT", "/api/billing/address", Map.of("email", "b@example.com",
                        "line1", "1 Rue", "city", "Lyon", "postalCode", "69001", "country", "FR")),
                new Write("site-service", "POST", "/api/sites/" + site + "/deletion", Map.of("confirm", true)),
                new Write("domain-service", "POST", "/api/sites/" + site + "/domains",
                        Map.of("domain", "down.example.com", "primary", false)));
        for (Write write : writes) {
            RunningSuite.kill(write.service());
            long start = System.nanoTime();
            Response answer = call(write.method(), gateway(write.path()), ann.token(), write.body());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(answer.status()).as("%s while %s is down", write.path(), write.service()).isEqualTo(503);
            assertThat(answer.string("type")).endsWith("/service-unavailable");
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(took).as("%s answered in %s", write.path(), took).isLessThan(Duration.ofSeconds(2));
        }
        // They start again side by side (the launcher restarts each at once); the next tests need them all.
        writes.forEach(write -> RunningSuite.awaitReady(write.service(), RECOVERY));
    }

    @Test
    void a_hundred_parallel_sign_ins_through_the_gateway_leave_identity_running() {
        NewCustomer ann = Customers.create();
        long identity = RunningSuite.suite().pidOf("identity-service");

        // A hundred clients behind the ingress (the test talks from the loopback, a trusted proxy): each has its
        // own address, so the owner's sign-in afterwards is not in their throttling bucket.
        List<Integer> statuses = Concurrently.run(100, Duration.ofMinutes(3), i -> call("POST",
                gateway("/api/auth/login"), null, Map.of("email", "nobody-" + i + "@example.com",
                        "password", "wrong password " + i), Map.of("X-Forwarded-For", "198.51.100." + i)).status());

        assertThat(statuses).as("refused, throttled or turned away; never an error").allMatch(s -> s == 401
                || s == 429 || s == 503);
        assertThat(RunningSuite.suite().pidOf("identity-service")).as("identity-service never died").isEqualTo(identity);
        assertThat(Customers.signIn(ann.email(), Customers.PASSWORD)).isNotBlank();
    }
}
