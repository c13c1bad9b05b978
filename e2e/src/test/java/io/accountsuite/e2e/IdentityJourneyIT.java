package io.accountsuite.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.e2e.RunningSuite.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Credentials and account deletion through the gateway, with every service running as its own process. */
@ExtendWith(RunningSuite.class)
class IdentityJourneyIT {

    private static final String PASSWORD = "a long and uncommon passphrase";
    private static final String NEW_PASSWORD = "another long uncommon passphrase";

    record Customer(String id, String email, String name, String access, String refresh) {
    }

    @Test
    void the_account_page_is_composed_from_every_service() {
        Customer ann = register();
        Response page = call("GET", gateway("/api/account"), ann.access(), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsKeys("profile", "membership", "site", "limits", "billingAddress", "invoices",
                "domains", "templates", "links");
        assertThat(((Map<?, ?>) page.body().get("profile")).get("status")).isEqualTo("ok");
        assertThat(((Map<?, ?>) page.body().get("membership")).get("status")).isEqualTo("none");
        assertThat(((Map<?, ?>) page.body().get("billingAddress")).get("status")).isEqualTo("none");
        assertThat(((Map<?, ?>) page.body().get("invoices")).get("status")).isEqualTo("ok");
    }

    @Test
    void a_password_change_ends_the_old_session_at_the_gateway_within_two_seconds() {
        Customer ann = register();
        assertThat(call("GET", gateway("/api/account/profile"), ann.access(), null).status()).isEqualTo(200);

        Response changed = call("POST", gateway("/api/account/password"), ann.access(), Map.of(
                "currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "newPasswordConfirmation", NEW_PASSWORD));
        assertThat(changed.status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).until(() ->
                call("GET", gateway("/api/account/profile"), ann.access(), null).status() == 401);
        assertThat(call("POST", gateway("/api/auth/refresh"), null, Map.of("refreshToken", ann.refresh())).status())
                .isEqualTo(401);
        assertThat(call("GET", gateway("/api/account/profile"), changed.string("accessToken"), null).body())
                .containsEntry("email", ann.email());
        assertThat(call("POST", gateway("/api/auth/login"), null, Map.of("email", ann.email(),
                "password", NEW_PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void deleting_the_account_ends_sessions_and_erases_it_in_every_service() throws Exception {
        Customer ann = register();
        Response requested = call("POST", gateway("/api/account/deletion"), ann.access(),
                Map.of("password", PASSWORD, "confirm", true));
        assertThat(requested.status()).isEqualTo(202);
        assertThat(requested.string("status")).isEqualTo("deleting");

        assertThat(call("POST", gateway("/api/auth/refresh"), null, Map.of("refreshToken", ann.refresh())).status())
                .isEqualTo(401);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).until(() ->
                call("GET", gateway("/api/account/profile"), ann.access(), null).status() == 401);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                "deleted".equals(call("GET", gateway("/api/account/deletion"), ann.access(), null).string("status")));
        Response done = call("GET", gateway("/api/account/deletion"), ann.access(), null);
        assertThat(((List<?>) done.body().get("confirmed")).stream()
                .map(c -> String.valueOf(((Map<?, ?>) c).get("service"))).toList())
                .containsExactlyInAnyOrder("membership", "billing", "site", "domain", "notification");

        try (Connection db = DriverManager.getConnection(RunningSuite.jdbcUrl("identity"), "postgres", "")) {
            assertThat(rowsMentioning(db, ann.email())).isZero();
            assertThat(rowsMentioning(db, ann.name())).isZero();
        }
        assertThat(call("POST", gateway("/api/auth/login"), null, Map.of("email", ann.email(),
                "password", PASSWORD)).status()).isEqualTo(401);
    }

    /** Counts the rows of every table in the database whose text form contains the value. */
    private static int rowsMentioning(Connection db, String value) throws Exception {
        int found = 0;
        try (ResultSet tables = db.createStatement().executeQuery(
                "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname IN ('public', 'platform')")) {
            while (tables.next()) {
                var query = db.prepareStatement("SELECT count(*) FROM " + tables.getString(1)
                        + " t WHERE t::text LIKE ?");
                query.setString(1, "%" + value + "%");
                try (ResultSet count = query.executeQuery()) {
                    count.next();
                    found += count.getInt(1);
                }
            }
        }
        return found;
    }

    /** Signs up (202, the same answer for a taken email) and signs in, as a new customer would. */
    private static Customer register() {
        String name = "Journey " + UUID.randomUUID();
        String email = "j" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Response response = call("POST", gateway("/api/auth/register"), null,
                Map.of("email", email, "password", PASSWORD, "name", name));
        assertThat(response.status()).isEqualTo(202);
        Response tokens = call("POST", gateway("/api/auth/login"), null, Map.of("email", email, "password", PASSWORD));
        assertThat(tokens.status()).isEqualTo(200);
        String access = tokens.string("accessToken");
        String id = call("GET", gateway("/api/account/profile"), access, null).string("id");
        return new Customer(id, email, name, access, tokens.string("refreshToken"));
    }
}
