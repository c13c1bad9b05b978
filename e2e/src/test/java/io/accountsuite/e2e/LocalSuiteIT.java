package io.accountsuite.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.accountsuite.local.Application;
import io.accountsuite.local.LocalSuite;
import io.accountsuite.local.SuiteSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The one-command local run, exercised as a developer uses it: start, survive a crash, stop cleanly. */
class LocalSuiteIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final SuiteSettings settings = SuiteSettings.defaults(SuiteSettings.findRoot(Path.of("").toAbsolutePath()))
            .withDataDir(Path.of("target/suite-data").toAbsolutePath())
            .withFresh(true)
            .withPortBase(28080)
            .withInfrastructurePorts(25432, 29092);

    @Test
    void all_six_applications_become_ready_restart_after_a_crash_and_stop_cleanly() throws Exception {
        Instant begin = Instant.now();
        List<Application> applications;
        try (LocalSuite suite = LocalSuite.start(settings, System.out)) {
            assertThat(Duration.between(begin, Instant.now())).isLessThan(Duration.ofSeconds(90));
            applications = suite.applications();
            assertThat(applications).extracting(Application::name).containsExactlyInAnyOrder("gateway",
                    "identity-service", "membership-service", "billing-service", "site-service", "domain-service");
            for (Application app : applications) {
                assertThat(status(app.readinessUrl())).as(app.name()).isEqualTo(200);
            }

            suite.superviseRestarts();
            long crashed = suite.pidOf("site-service");
            ProcessHandle.of(crashed).orElseThrow().destroyForcibly();
            Application site = applications.stream().filter(a -> a.name().equals("site-service")).findFirst()
                    .orElseThrow();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> suite.pidOf("site-service") != crashed && status(site.readinessUrl()) == 200);
        }
        for (Application app : applications) {
            assertThat(portIsFree(app.port())).as(app.name() + " stopped").isTrue();
        }
        assertThat(portIsFree(settings.postgresPort())).as("postgres stopped").isTrue();
        assertThat(portIsFree(settings.kafkaPort())).as("kafka stopped").isTrue();
    }

    @Test
    void an_application_that_fails_to_start_is_reported_and_the_rest_are_stopped() {
        SuiteSettings broken = settings.withEnvironment("membership-service", "DB_PORT", "1");

        assertThatThrownBy(() -> LocalSuite.start(broken, System.out).close())
                .hasMessageContaining("membership-service exited with code")
                .hasMessageContaining("during start-up")
                .hasMessageContaining("membership-service.log");

        for (Application app : broken.applications()) {
            assertThat(portIsFree(app.port())).as(app.name() + " stopped").isTrue();
        }
        assertThat(portIsFree(broken.postgresPort())).isTrue();
        assertThat(portIsFree(broken.kafkaPort())).isTrue();
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
