package io.accountsuite.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.accountsuite.e2e.Customers.NewCustomer;
import io.accountsuite.testkit.Concurrently;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of sign-ins through the gateway: a hundred parallel sign-ins leave identity-service running and its owner
 * able to sign in. (A service that is down is the reliability suite's degradation scenario.)
 */
@ExtendWith(RunningSuite.class)
class DependencyFailureIT {

    private static final Duration RECOVERY = Duration.ofMinutes(3);

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
        assertThat(RunningSuite.suite().pidOf("identity-service")).as("identity-service never died")
                .isEqualTo(identity);
        assertThat(Customers.signIn(ann.email(), Customers.PASSWORD)).isNotBlank();
    }
}
