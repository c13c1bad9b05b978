package io.accountsuite.e2e.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.accountsuite.e2e.Customers;
import io.accountsuite.e2e.Customers.NewCustomer;
import io.accountsuite.e2e.RunningSuite;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The authorization matrix (issue 18): every endpoint of {@link AuthorizationTable} called through the gateway by
 * each {@link Caller}, each answer held to the status the table expects, a refusal on the API to problem+json, a
 * page's sign-in to a redirect to {@code /login}, and no answer to another customer or the admin showing the
 * owner's email, id, site title or domain. Then tokens that no session or no key of the suite backs (expired,
 * tampered, signed by another key, for another audience or issuer, unsigned, issued before the customer's session
 * cut-off, of a signed-out session), each sent through the gateway and straight to every service, which check
 * tokens themselves: each must be refused with 401 problem+json, while the same claims signed with the suite's own
 * key pass. Last, a valid customer token straight at each service's admin endpoints (403) and at the owner's
 * resources (404): every service checks roles and owners itself, not only the gateway. All three write the report's
 * "authorization" section.
 */
@ExtendWith(RunningSuite.class)
class AuthorizationMatrixIT {

    private static final HttpClient HTTP = RunningSuite.httpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The matrix's own client address (the loopback is a trusted proxy): its sign-ups fill its own bucket. */
    private static final String MATRIX_CLIENT = "203.0.113.80";
    /** The order a row's callers go in: the owner last, so a row's change comes after the others tried. */
    private static final List<Caller> ORDER = List.of(Caller.ANONYMOUS, Caller.ANOTHER_CUSTOMER, Caller.ADMIN,
            Caller.OWNER);
    private static final Duration SESSION_END_SPREADS = Duration.ofSeconds(10);

    private static Scene scene;
    private static final List<Outcome> matrix = new ArrayList<>();
    private static final List<TokenOutcome> tokens = new ArrayList<>();
    private static final List<TokenOutcome> direct = new ArrayList<>();
    private static long started;

    /** One answer of the matrix and what was wrong with it, if anything. */
    record Outcome(Endpoint endpoint, Caller caller, int expected, int actual, List<String> flaws) {
        boolean matches() {
            return expected == actual && flaws.isEmpty();
        }

        String cell() {
            String cell = matches() ? Integer.toString(actual) : "**" + actual + "** (expected " + expected + ")";
            return flaws.isEmpty() ? cell : cell + " " + String.join("; ", flaws);
        }
    }

    /** Where a token is sent: the gateway, or a service straight (its port offset from the gateway's). */
    record Target(String name, String url) {
    }

    /** One kind of token sent to one target. */
    record TokenOutcome(String token, Target target, int expected, int actual, boolean problem) {
        boolean matches() {
            return expected == actual && (expected < 400 || problem);
        }

        String cell() {
            String cell = matches() ? Integer.toString(actual) : "**" + actual + "** (expected " + expected + ")";
            return expected >= 400 && !problem ? cell + " not problem+json" : cell;
        }
    }

    private static final List<Target> TARGETS = List.of(
            new Target("gateway → identity", gateway("/api/account/profile")),
            new Target("gateway (page)", gateway("/api/account")),
            new Target("identity", RunningSuite.service(1, "/api/account/profile")),
            new Target("membership", RunningSuite.service(2, "/api/memberships")),
            new Target("billing", RunningSuite.service(3, "/api/billing/invoices")),
            new Target("site", RunningSuite.service(4, "/api/sites")),
            new Target("domain", RunningSuite.service(5, "/api/domains/overview")));

    @BeforeAll
    static void anOwnerAnotherCustomerAndAnAdmin() {
        started = System.nanoTime();
        scene = Scenes.set();
    }

    @Test
    void every_caller_gets_what_the_table_says_of_every_endpoint() throws Exception {
        for (Endpoint endpoint : AuthorizationTable.endpoints()) {
            Scene prepared;
            try {
                prepared = endpoint.prepare().apply(scene);
            } catch (RuntimeException | AssertionError e) {
                // A row that could not be prepared is a mismatch of its own; the other rows still run.
                ORDER.forEach(caller -> matrix.add(new Outcome(endpoint, caller, endpoint.expected(caller), 0,
                        List.of("not prepared: " + e.getMessage().lines().findFirst().orElse("")))));
                continue;
            }
            for (Caller caller : ORDER) {
                matrix.add(judge(endpoint, caller, prepared));
            }
            endpoint.cleanup().accept(prepared);
        }

        assertThat(matrix.stream().filter(outcome -> !outcome.matches()).map(o -> o.endpoint() + " by "
                + o.caller().label() + ": " + o.cell())).as("answers that differ from the table").isEmpty();
    }

    @Test
    void tokens_no_session_or_key_of_the_suite_backs_are_refused_everywhere() throws Exception {
        String valid = scene.token(Caller.ANOTHER_CUSTOMER);
        ForgedTokens forged = ForgedTokens.withTheKeyThatSigned(valid);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("expired an hour ago (suite's key)", forged.expired(valid));
        refused.put("tampered: admin role added, signature kept", ForgedTokens.tampered(valid));
        refused.put("signed by another key with the suite's kid", ForgedTokens.signedByAnotherKey(valid));
        refused.put("wrong audience (suite's key)", forged.forAudience(valid, "another-suite"));
        refused.put("wrong issuer (suite's key)", forged.fromIssuer(valid, "another-issuer"));
        refused.put("unsigned (alg none)", ForgedTokens.unsigned(valid));

        for (Target target : TARGETS) {
            tokens.add(send("same claims re-signed with the suite's key (control)", forged.signedAgain(valid),
                    target, 200));
            refused.forEach((name, token) -> tokens.add(send(name, token, target, 401)));
        }
        endedSessions();

        assertThat(tokens.stream().filter(outcome -> !outcome.matches())
                .map(o -> o.token() + " at " + o.target().name() + ": " + o.cell()))
                .as("tokens answered otherwise than refused").isEmpty();
    }

    @Test
    void each_service_checks_roles_and_owners_itself() {
        String customer = scene.token(Caller.ANOTHER_CUSTOMER);
        Map<String, String> adminOnly = new LinkedHashMap<>();
        adminOnly.put("identity", RunningSuite.service(1, "/api/admin/customers"));
        adminOnly.put("identity (signing keys)", RunningSuite.service(1, "/api/admin/signing-keys"));
        adminOnly.put("membership", RunningSuite.service(2, "/api/admin/products"));
        adminOnly.put("billing", RunningSuite.service(3, scene.fill("/api/admin/invoices/{invoice}/credit-notes")));
        adminOnly.put("site", RunningSuite.service(4, "/api/admin/templates"));
        adminOnly.put("domain", RunningSuite.service(5, "/api/admin/settings/domains"));
        adminOnly.put("notification", RunningSuite.service(6, "/api/admin/settings/notifications"));
        adminOnly.forEach((service, url) -> direct.add(send("a customer on an admin endpoint", customer,
                new Target(service, url), 403)));
        Map<String, String> owned = new LinkedHashMap<>();
        owned.put("membership", RunningSuite.service(2, scene.fill("/api/memberships/{membership}")));
        owned.put("billing", RunningSuite.service(3, scene.fill("/api/billing/invoices/{invoice}")));
        owned.put("site", RunningSuite.service(4, scene.fill("/api/sites/{site}")));
        owned.put("domain", RunningSuite.service(5, scene.fill("/api/sites/{site}/domains")));
        owned.forEach((service, url) -> direct.add(send("another customer on the owner's resource", customer,
                new Target(service, url), 404)));

        assertThat(direct.stream().filter(outcome -> !outcome.matches())
                .map(o -> o.token() + " at " + o.target().name() + ": " + o.cell()))
                .as("services that let a caller past their own checks").isEmpty();
    }

    /**
     * A customer's token from before their password change (the session cut-off), and the token of the session
     * they then sign out of. Identity's events spread the end of a session to every application, so each target is
     * given a few seconds to refuse.
     */
    private static void endedSessions() {
        NewCustomer customer = Customers.create();
        String beforeCutOff = customer.token();
        var changed = call("POST", gateway("/api/account/password"), beforeCutOff, Map.of("currentPassword",
                Customers.PASSWORD, "newPassword", "a changed long password 3",
                "newPasswordConfirmation", "a changed long password 3"));
        assertThat(changed.status()).as("the password change: %s", changed.body()).isEqualTo(200);
        String signedOut = changed.string("accessToken");
        assertThat(call("POST", gateway("/api/auth/logout"), signedOut, null).status()).isEqualTo(204);
        for (Target target : TARGETS) {
            tokens.add(awaitRefusal("issued before the session cut-off (password changed)", beforeCutOff, target));
            tokens.add(awaitRefusal("of a signed-out session", signedOut, target));
        }
    }

    private static TokenOutcome awaitRefusal(String name, String token, Target target) {
        try {
            return await().atMost(SESSION_END_SPREADS).pollInterval(Duration.ofMillis(100))
                    .until(() -> send(name, token, target, 401), TokenOutcome::matches);
        } catch (ConditionTimeoutException e) {
            return send(name, token, target, 401);
        }
    }

    private static TokenOutcome send(String name, String token, Target target, int expected) {
        Answer answer = Answer.of(HttpRequest.newBuilder(URI.create(target.url())).GET()
                .header("Authorization", "Bearer " + token));
        return new TokenOutcome(name, target, expected, answer.status(), answer.isProblem());
    }

    private static Outcome judge(Endpoint endpoint, Caller caller, Scene prepared) {
        String path = prepared.fill(endpoint.path());
        Object body = endpoint.bodyFor(caller, prepared);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway(path)))
                .method(endpoint.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", MATRIX_CLIENT);
        if (prepared.token(caller) != null) {
            request.header("Authorization", "Bearer " + prepared.token(caller));
        }
        Answer answer = Answer.of(request);
        int expected = endpoint.expected(caller);
        List<String> flaws = new ArrayList<>();
        boolean api = path.startsWith("/api/");
        if (api && answer.status() >= 400 && !answer.isProblem()) {
            flaws.add("not problem+json");
        }
        if (expected == 302 && !answer.location().endsWith("/login")) {
            flaws.add("sent to " + answer.location() + ", not /login");
        }
        // The admin's own endpoints and pages list customers by design; anywhere else the owner's things stay the
        // owner's.
        boolean adminsOwn = caller == Caller.ADMIN && (endpoint.access() == Endpoint.Access.ADMIN_ONLY
                || endpoint.access() == Endpoint.Access.ADMIN_PAGE);
        if (caller == Caller.ANOTHER_CUSTOMER || caller == Caller.ADMIN && !adminsOwn) {
            Scenes.ownersSecrets(scene).stream().filter(answer.body()::contains)
                    .forEach(secret -> flaws.add("shows the owner's " + secret));
        }
        return new Outcome(endpoint, caller, expected, answer.status(), flaws);
    }

    /** An answer: status, whether it is problem+json, where it redirects, and its text (none for a stream). */
    private record Answer(int status, boolean isProblem, String location, String body) {
        static Answer of(HttpRequest.Builder request) {
            try {
                HttpResponse<InputStream> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                String type = response.headers().firstValue("Content-Type").orElse("");
                String body;
                try (InputStream stream = response.body()) {
                    // A live event stream does not end: its status and type are the answer.
                    body = type.startsWith("text/event-stream") ? ""
                            : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                }
                return new Answer(response.statusCode(), type.startsWith("application/problem+json"),
                        response.headers().firstValue("Location").orElse(""), body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterAll
    static void report() {
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        long mismatches = matrix.stream().filter(o -> !o.matches()).count();
        long tokenMismatches = Stream.concat(tokens.stream(), direct.stream()).filter(o -> !o.matches()).count();
        List<Caller> columns = List.of(Caller.ANONYMOUS, Caller.ANOTHER_CUSTOMER, Caller.OWNER, Caller.ADMIN);
        StringBuilder section = new StringBuilder("## Authorization\n\n")
                .append(String.format("%d endpoints × %d callers: %d checks, %d mismatches. %d token and service "
                        + "checks, %d mismatches. %d s.%n%n", matrix.size() / columns.size(), columns.size(),
                        matrix.size(), mismatches, tokens.size() + direct.size(), tokenMismatches, seconds))
                .append("Expected statuses come from `AuthorizationTable` (API.md, ARCHITECTURE.md \"Security\"); a ")
                .append("cell shows the answer, in bold with what was expected where they differ. Another customer ")
                .append("and the admin own nothing of the owner's; about their own accounts they send writes a ")
                .append("body validation refuses (400).\n\n");
        section.append(ReliabilityReport.table(Stream.concat(Stream.of("endpoint", "access"),
                        columns.stream().map(Caller::label)).toList(),
                AuthorizationTable.endpoints().stream().map(endpoint -> matrixRow(endpoint, columns))));
        section.append("\n### Tokens\n\nSent through the gateway and straight to each service; every one but the ")
                .append("control must be refused with 401 problem+json.\n\n");
        List<String> kinds = tokens.stream().map(TokenOutcome::token).distinct().toList();
        section.append(ReliabilityReport.table(Stream.concat(Stream.of("token"),
                        TARGETS.stream().map(Target::name)).toList(),
                kinds.stream().map(kind -> Stream.concat(Stream.of(kind), TARGETS.stream().map(target ->
                        tokens.stream().filter(o -> o.token().equals(kind) && o.target().equals(target))
                                .findFirst().map(TokenOutcome::cell).orElse("not sent"))).toList())));
        section.append("\n### Straight to the services\n\nA valid customer token sent past the gateway: each service ")
                .append("checks the admin role and the owner itself.\n\n")
                .append(ReliabilityReport.table(List.of("request", "service", "answer"), direct.stream()
                        .map(o -> List.of(o.token(), o.target().name(), o.cell()))));
        ReliabilityReport.write("authorization", section.toString());
    }

    private static List<String> matrixRow(Endpoint endpoint, List<Caller> columns) {
        List<String> cells = new ArrayList<>(List.of("`" + endpoint + "`", endpoint.access().name()
                .toLowerCase().replace('_', ' ')));
        columns.forEach(caller -> cells.add(matrix.stream()
                .filter(o -> o.endpoint().toString().equals(endpoint.toString()) && o.caller() == caller)
                .findFirst().map(Outcome::cell).orElse("not run")));
        return cells;
    }
}
