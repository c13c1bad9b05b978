package io.accountsuite.e2e.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.accountsuite.e2e.Customers;
import io.accountsuite.e2e.Customers.Customer;
import io.accountsuite.e2e.RunningSuite;
import io.accountsuite.e2e.reliability.hostile.Endpoint;
import io.accountsuite.e2e.reliability.hostile.HostileRequest;
import io.accountsuite.e2e.reliability.hostile.HostileRequests;
import io.accountsuite.e2e.reliability.hostile.HostileTally;
import io.accountsuite.e2e.reliability.hostile.OwnerState;
import io.accountsuite.e2e.reliability.hostile.PublicApi;
import io.accountsuite.e2e.reliability.hostile.PublicApi.Facts;
import io.accountsuite.e2e.reliability.hostile.Verdict;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18, hostile input generated: {@link ReliabilityScale#generatedInputs()} requests (2,000 in CI, 10,000 in
 * the full run) made by jqwik's generators from the public API's writes and reads by id ({@link PublicApi}), each
 * carrying at least one part its documented rule refuses ({@code hostile.Hostility}). Every answer is a 4xx
 * problem+json with a {@code type} (404 for another customer's ids, 403 for a customer on an admin endpoint), and
 * the owner's stored state read back afterwards is what it was. jqwik's engine does not run this suite's Jupiter
 * extension, so its generators are used as a library with a seed of our own: fixed in CI, new at full scale,
 * always printed, and replayed with {@code -Dhostile.seed=N}.
 */
@ExtendWith(RunningSuite.class)
class HostileInputIT {

    /** The seed of CI's inputs. */
    private static final long CI_SEED = 18;

    /** The hostile client's own address (a trusted proxy reports it), so its failed sign-ins fill its own bucket. */
    private static final String HOSTILE_CLIENT = "203.0.113.66";
    /** Requests in flight at once: enough to finish the CI scale within a minute on 2 cores. */
    private static final int IN_FLIGHT = 4;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void every_generated_hostile_input_is_refused_with_a_problem_and_changes_nothing() throws Exception {
        Customer owner = Customers.withPlan("demo-pro");
        String token = Customers.signIn(owner.email(), Customers.PASSWORD);
        String admin = Customers.admin();
        String stranger = Customers.create().token();
        Facts facts = facts(owner, token, admin);
        Map<String, String> tokens = Map.of("OWNER", token, "STRANGER", stranger, "ADMIN", admin, "NOBODY", "");
        Map<String, Object> before = OwnerState.read(token, stranger, admin, owner.siteId(),
                facts.ids().get("membership"));

        // CI sends the same inputs every time (a fixed seed: a red build is a regression, never the luck of the
        // draw); the full run explores with a new seed each time and prints it.
        long seed = Long.getLong("hostile.seed", ReliabilityScale.current() == ReliabilityScale.SHORT
                ? CI_SEED : ThreadLocalRandom.current().nextLong());
        System.out.printf("HostileInputIT seed %d (replay with -Dhostile.seed=%d)%n", seed, seed);
        List<Endpoint> endpoints = PublicApi.endpoints(facts);
        // jqwik's sample stream draws from its thread's source of randomness: seeded here, the inputs replay.
        SourceOfRandomness.create(Long.toString(seed));
        Iterator<HostileRequest> requests = new HostileRequests(endpoints, facts.ids()).requests().sampleStream()
                .limit(ReliabilityScale.current().generatedInputs()).iterator();

        HostileTally tally = new HostileTally();
        long start = System.nanoTime();
        sendAll(requests, tokens, tally);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        ReliabilityReport.write("hostile-input", tally.markdown(seed, millis));

        assertThat(tally.sent()).isGreaterThanOrEqualTo(ReliabilityScale.current().generatedInputs());
        assertThat(tally.findings()).as("seed %d: %d of %d inputs broke the rules; the first:%n%s", seed,
                tally.findings().size(), tally.sent(), String.join("\n", tally.findings().stream().limit(15)
                        .map(Object::toString).toList())).isEmpty();
        assertThat(OwnerState.read(token, stranger, admin, owner.siteId(), facts.ids().get("membership")))
                .as("what the owner, the stranger and the network have, after the hostile inputs (seed %d)", seed)
                .isEqualTo(before);
    }

    /** Sends the requests as they are generated (on this thread, whose randomness is seeded), a few at a time. */
    private static void sendAll(Iterator<HostileRequest> requests, Map<String, String> tokens, HostileTally tally)
            throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT);
        Semaphore inFlight = new Semaphore(IN_FLIGHT * 2);
        try {
            while (requests.hasNext()) {
                HostileRequest request = requests.next();
                inFlight.acquire();
                senders.execute(() -> {
                    try {
                        send(request, tokens, tally);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            senders.shutdown();
            assertThat(senders.awaitTermination(15, TimeUnit.MINUTES)).as("every input answered").isTrue();
        }
    }

    private static void send(HostileRequest request, Map<String, String> tokens, HostileTally tally) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(gateway(request.path())))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()))
                .header("X-Forwarded-For", HOSTILE_CLIENT);
        if (request.contentType() != null) {
            http.header("Content-Type", request.contentType());
        }
        String bearer = request.caller() == HostileRequest.Caller.GIVEN
                ? ("tampered".equals(request.token()) ? tampered(tokens.get("OWNER")) : request.token())
                : tokens.get(request.caller().name());
        if (!bearer.isEmpty()) {
            http.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> answer = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
            tally.count(request, answer.statusCode(), Verdict.of(request, answer));
        } catch (Exception e) {
            tally.count(request, 0, "no answer: " + e);
        }
    }

    /** The owner's token with its signature's first character changed: well formed, not signed by identity. */
    private static String tampered(String token) {
        int signature = token.lastIndexOf('.') + 1;
        char first = token.charAt(signature);
        return token.substring(0, signature) + (first == 'A' ? 'B' : 'A') + token.substring(signature + 1);
    }

    /** The owner's ids and names the baselines use, a domain and a billing address of theirs to leave alone. */
    private static Facts facts(Customer owner, String token, String admin) {
        String domain = "hostile-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        var added = call("POST", gateway("/api/sites/" + owner.siteId() + "/domains"), token,
                Map.of("domain", domain, "primary", true));
        assertThat(added.status()).isEqualTo(201);
        assertThat(call("PUT", gateway("/api/billing/address"), token,
                PublicApi.savedAddress()).status()).isEqualTo(200);
        Map<String, Object> site = call("GET", gateway("/api/sites/" + owner.siteId()), token, null).body();
        var settings = call("GET", gateway("/api/admin/settings"), admin, null);
        assertThat(settings.status()).isEqualTo(200);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("site", owner.siteId());
        ids.put("domain", added.string("id"));
        ids.put("membership", Customers.membershipId(token));
        ids.put("invoice", await().atMost(Duration.ofSeconds(30)).until(() -> call("GET",
                gateway("/api/billing/invoices"), token, null).list(), l -> !l.isEmpty()).get(0).get("id").toString());
        ids.put("template", call("GET", gateway("/api/sites/" + owner.siteId() + "/templates"), token, null)
                .list().get(0).get("id").toString());
        ids.put("plan", Customers.productId("demo-basic"));
        @SuppressWarnings("unchecked")
        Map<String, Object> newSite = (Map<String, Object>) Customers.membership("demo-basic", "x", "x").get("site");
        ids.put("bakery", newSite.get("templateId").toString());
        for (String unknown : List.of("creditNote", "switch", "customer", "product", "adminTemplate")) {
            ids.put(unknown, UUID.randomUUID().toString());
        }
        return new Facts(ids, domain, String.valueOf(site.get("slug")),
                "hostile-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org", settings.body());
    }
}
