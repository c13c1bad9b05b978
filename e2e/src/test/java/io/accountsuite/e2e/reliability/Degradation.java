package io.accountsuite.e2e.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.accountsuite.e2e.RunningSuite;
import io.accountsuite.e2e.RunningSuite.Response;
import io.accountsuite.e2e.reliability.FaultDriver.Account;

import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.awaitility.Awaitility.await;

/**
 * One backend stopped and started again, as a customer of the page meets it: what the page, its API and a write
 * answered while it was down, and how long it took to work again once started under a fresh consumer group (which
 * replays every topic it reads from the beginning).
 */
record Degradation(String service, int pageStatus, Duration pageTook, String blockStatus, boolean htmlSaysSo,
                   int writeStatus, String writeType, Duration backAfter, Duration replayedAfter,
                   List<String> failures) {

    /** What the page may take, whatever is down: the block timeout (800 ms) and the rest of the work. */
    static final Duration PAGE_BUDGET = Duration.ofSeconds(2);
    private static final Duration RECOVERY = Duration.ofMinutes(3);

    /** The block of the page each service fills, and a write it owns. */
    private static final Map<String, String> BLOCK = Map.of("identity-service", "profile",
            "membership-service", "membership", "billing-service", "invoices", "site-service", "site",
            "domain-service", "domains");

    static Degradation of(String service, Account customer) throws Exception {
        List<String> failures = new ArrayList<>();
        RunningSuite.suite().stop(service);

        long start = System.nanoTime();
        Response page = RunningSuite.call("GET", gateway("/api/account"), customer.token, null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String block = blockStatus(page, BLOCK.get(service));
        String html = RunningSuite.text(gateway("/account"), customer.token);
        long writing = System.nanoTime();
        Response write = write(service, customer);
        Duration writeTook = Duration.ofNanos(System.nanoTime() - writing);

        check(failures, page.status() == 200, "GET /api/account answered " + page.status());
        check(failures, took.compareTo(PAGE_BUDGET) <= 0, "GET /api/account took " + took.toMillis() + " ms");
        check(failures, "unavailable".equals(block), "its block is " + block);
        check(failures, html.contains("This information is temporarily unavailable."), "/account does not say so");
        check(failures, write.status() == 503 && write.string("type") != null
                && write.string("type").endsWith("/service-unavailable"), "a write answered " + write.status());
        check(failures, write.headers().firstValue("Retry-After").isPresent(), "its 503 has no Retry-After");
        check(failures, writeTook.compareTo(PAGE_BUDGET) <= 0, "the write took " + writeTook.toMillis() + " ms");

        long back = System.nanoTime();
        String replay = service + "-replay";
        RunningSuite.suite().start(service, Map.of("SPRING_KAFKA_CONSUMER_GROUP_ID", replay));
        FaultToleranceIT.GROUPS.put(service, replay);
        RunningSuite.awaitReady(service, RECOVERY);
        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                "ok".equals(blockStatus(RunningSuite.call("GET", gateway("/api/account"), customer.token, null),
                        BLOCK.get(service))) && write(service, customer).status() < 500);
        Duration backAfter = Duration.ofNanos(System.nanoTime() - back);
        await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                SuiteTopics.lag(replay) == 0);
        Duration replayed = Duration.ofNanos(System.nanoTime() - back);
        return new Degradation(service, page.status(), took, block, html.contains("temporarily unavailable"),
                write.status(), write.string("type"), backAfter, replayed, failures);
    }

    /** A harmless write the service owns, sent as the customer (its answer once back is a 2xx or a 4xx). */
    private static Response write(String service, Account customer) {
        return switch (service) {
            case "identity-service" -> RunningSuite.call("POST", gateway("/api/account/password"), customer.token,
                    Map.of("currentPassword", "not the password", "newPassword", "another long pass 2",
                            "newPasswordConfirmation", "another long pass 2"));
            case "membership-service" -> RunningSuite.call("POST",
                    gateway("/api/memberships/" + customer.membershipId + "/change/preview"), customer.token,
                    Map.of("planId", "00000000-0000-0000-0000-000000000000"));
            case "billing-service" -> RunningSuite.call("PUT", gateway("/api/billing/address"), customer.token,
                    Map.of("email", customer.email, "line1", "2 Rue du Four", "city", "Lyon", "postalCode", "69002",
                            "country", "FR"));
            case "site-service" -> RunningSuite.call("POST", gateway("/api/sites/" + customer.siteId + "/deletion"),
                    customer.token, Map.of("confirm", false));
            default -> RunningSuite.call("POST", gateway("/api/sites/" + customer.siteId + "/domains"),
                    customer.token, Map.of("domain", "not a domain", "primary", false));
        };
    }

    @SuppressWarnings("unchecked")
    private static String blockStatus(Response page, String block) {
        Object found = page.body().get(block);
        return found instanceof Map<?, ?> map ? (String) ((Map<String, Object>) map).get("status") : "missing";
    }

    private static void check(List<String> failures, boolean holds, String otherwise) {
        if (!holds) {
            failures.add(otherwise);
        }
    }

    static String report(List<Degradation> all) {
        return "## Degradation: each backend stopped in turn\n\n"
                + "While the service was stopped: the page's API (`GET /api/account`, budget "
                + PAGE_BUDGET.toMillis() + " ms), its block, the HTML page and a write to it. Then it was started "
                + "under a fresh consumer group (replaying every topic from its beginning); \"works again\" is its "
                + "block back to ok and its write answered without a 5xx, with no other process restarted.\n\n"
                + ReliabilityReport.table(List.of("stopped", "page", "page took (ms)", "its block", "/account says so",
                "write", "works again after (s)", "replay done after (s)", "failures"), all.stream().map(d -> List.of(
                d.service(), Integer.toString(d.pageStatus()), Long.toString(d.pageTook().toMillis()),
                d.blockStatus(), d.htmlSaysSo() ? "yes" : "no", d.writeStatus() + " " + d.writeType(),
                String.format("%.1f", d.backAfter().toMillis() / 1000.0),
                String.format("%.1f", d.replayedAfter().toMillis() / 1000.0),
                d.failures().isEmpty() ? "none" : String.join("; ", d.failures()))));
    }
}
