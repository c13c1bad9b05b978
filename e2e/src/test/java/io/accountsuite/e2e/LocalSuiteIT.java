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
import java.util.List;
import java.util.Map;

import io.accountsuite.local.Application;
import io.accountsuite.local.LocalSuite;
import io.accountsuite.local.SuiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The one-command local run, exercised as a developer uses it: every application ready, one that crashes restarted,
 * the mail server catching what notification-service sends, a failed start reported, and stopping frees every port.
 * The whole suite is the one every end-to-end test shares ({@link RunningSuite}); starting and stopping is checked on
 * a suite of one or two applications, which goes through the same launcher without paying for seven more JVMs on the
 * build's two cores.
 */
@ExtendWith(RunningSuite.class)
class LocalSuiteIT {

    private static final HttpClient HTTP = RunningSuite.httpClient();

    private final SuiteSettings small = SuiteSettings.defaults(SuiteSettings.findRoot(Path.of("").toAbsolutePath()))
            .withDataDir(Path.of("target/suite-data").toAbsolutePath())
            .withFresh(true)
            .withReadyTimeout(Duration.ofMinutes(3))
            .withPortBase(28080)
            .withInfrastructurePorts(25432, 29092);

    @Test
    void every_application_of_the_running_suite_is_ready_and_one_that_dies_is_restarted() {
        LocalSuite suite = RunningSuite.suite();
        List<Application> applications = suite.applications();
        assertThat(applications).extracting(Application::name).containsExactlyInAnyOrder("gateway",
                "identity-service", "membership-service", "billing-service", "site-service", "domain-service",
                "notification-service");
        for (Application app : applications) {
            assertThat(status(app.readinessUrl())).as(app.name()).isEqualTo(200);
        }

        long crashed = suite.pidOf("site-service");
        ProcessHandle.of(crashed).orElseThrow().destroyForcibly();
        Application site = applications.stream().filter(a -> a.name().equals("site-service")).findFirst()
                .orElseThrow();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> suite.pidOf("site-service") != crashed && status(site.readinessUrl()) == 200);
    }

    @Test
    void the_mail_server_is_ready_and_keeps_the_mail_notification_service_sends() {
        assertThat(status(RunningSuite.suite().mailApiUrl() + "/api/service/readiness")).isEqualTo(200);

        // The demo data's customers are created at start-up; each is asked to confirm the address by mail.
        Mailbox.Mail mail = new Mailbox("ann@example.com").awaitSubject("Confirm your email address");
        assertThat(mail.verificationLink()).startsWith(RunningSuite.publicPage("/verify-email?token="));
    }

    @Test
    void the_demo_plans_offer_the_demo_add_ons() {
        List<Map<String, Object>> catalog = RunningSuite.call("GET", RunningSuite.gateway("/api/catalog"), null, null)
                .list();
        String extraPosts = Customers.productId("demo-extra-posts");
        for (String plan : List.of("demo-basic", "demo-pro")) {
            assertThat(catalog).filteredOn(product -> plan.equals(product.get("slug"))).singleElement()
                    .satisfies(product -> assertThat(product.get("addOns")).as(plan).asString().contains(extraPosts));
        }
    }

    @Test
    void stopping_the_suite_stops_every_process_and_frees_every_port() throws Exception {
        SuiteSettings settings = small.withOnly("identity-service");
        List<Application> applications;
        try (LocalSuite suite = LocalSuite.start(settings, System.out)) {
            applications = suite.applications();
            assertThat(applications).extracting(Application::name).containsExactly("identity-service");
            assertThat(status(applications.get(0).readinessUrl())).isEqualTo(200);
        }
        assertPortsFree(settings);
    }

    @Test
    void an_application_that_fails_to_start_is_reported_and_the_rest_are_stopped() {
        SuiteSettings broken = small.withOnly("identity-service", "membership-service")
                .withEnvironment("membership-service", "DB_PORT", "1");

        assertThatThrownBy(() -> LocalSuite.start(broken, System.out).close())
                .hasMessageContaining("membership-service exited with code")
                .hasMessageContaining("during start-up")
                .hasMessageContaining("membership-service.log");

        assertPortsFree(broken);
    }

    private static void assertPortsFree(SuiteSettings settings) {
        for (Application app : settings.applications()) {
            assertThat(portIsFree(app.port())).as(app.name() + " stopped").isTrue();
            assertThat(portIsFree(app.managementPort())).as(app.name() + "'s management port").isTrue();
        }
        assertThat(portIsFree(settings.postgresPort())).as("postgres stopped").isTrue();
        assertThat(portIsFree(settings.kafkaPort())).as("kafka stopped").isTrue();
        assertThat(portIsFree(settings.mailSmtpPort())).as("the mail server's SMTP stopped").isTrue();
        assertThat(portIsFree(settings.mailApiPort())).as("the mail server's API stopped").isTrue();
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
