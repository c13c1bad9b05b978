package io.accountsuite.e2e.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import io.accountsuite.e2e.RunningSuite;
import io.accountsuite.e2e.reliability.FaultDriver.Account;
import io.accountsuite.e2e.reliability.Invariants.Verdict;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing lost, nothing doubled, whatever dies: thirty customers take 300 mixed actions while each of the five
 * services, the gateway and the Kafka broker is killed with SIGKILL in turn (a service once while its outbox relay
 * has events to publish, once while its consumers have events to handle; one of the two in CI) and comes back.
 * Once every outbox is drained and every consumer has caught up, the invariants are read from the databases and
 * topics ({@link Invariants}); the erasure scan then looks for the customer who deleted the account.
 */
@ExtendWith(RunningSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    static final List<String> SERVICES = List.of("identity-service", "membership-service", "billing-service",
            "site-service", "domain-service");
    /**
     * Every application that consumes events: the services above and notification-service, which no block of the
     * page depends on (it is not killed here; its consumers must still have caught up before anything is judged).
     */
    static final List<String> CONSUMERS = List.of("identity-service", "membership-service", "billing-service",
            "site-service", "domain-service", "notification-service");
    private static final String BROKER = "kafka";
    private static final int CUSTOMERS = 30;
    private static final int ACTIONS_EACH = 10;
    private static final int WORKERS = 3;
    private static final Duration RECOVERY = Duration.ofMinutes(3);

    private static FaultDriver driver;
    /** Each service's consumer group now: the degradation scenario moves each to a fresh one. */
    static final Map<String, String> GROUPS = new ConcurrentHashMap<>();

    static {
        // spring.kafka.consumer.group-id is the application's name (platform-defaults.properties).
        CONSUMERS.forEach(service -> GROUPS.put(service, service));
    }

    /** One kill: what was killed, in which state, whether that state was seen, and how long it took to come back. */
    record Kill(String process, String during, boolean seen, Duration backAfter, int actions, int retries) {
    }

    @Test
    @Order(1)
    void killing_each_process_in_turn_loses_and_doubles_nothing() throws Exception {
        driver = FaultDriver.of(CUSTOMERS, ACTIONS_EACH, 18L);
        List<String> targets = new ArrayList<>();
        for (int round = 0; round < ReliabilityScale.current().killsPerProcess(); round++) {
            targets.addAll(SERVICES);
            targets.add("gateway");
            targets.add(BROKER);
        }
        List<Kill> kills = new ArrayList<>();
        int steps = CUSTOMERS * ACTIONS_EACH;
        for (int phase = 0; phase < targets.size(); phase++) {
            int from = steps * phase / targets.size();
            int to = steps * (phase + 1) / targets.size();
            // A service's second kill is in the other state than its first: round + position alternates.
            int processes = SERVICES.size() + 2;
            kills.add(phase(from, to, targets.get(phase), phase / processes + phase % processes));
        }

        awaitQuiet();
        List<Verdict> verdicts = new Invariants(driver.accounts(), SuiteTopics.everyRecord()).all();
        ReliabilityReport.write("faults", faultsReport(kills, verdicts));

        assertThat(driver.actions()).isEqualTo(steps);
        assertThat(driver.deletedAccount().accountDeleted).as("the account deletion was accepted").isTrue();
        for (Verdict verdict : verdicts) {
            assertThat(verdict.violations()).as(verdict.rule()).isEmpty();
        }
        // A process dying answers 503 (retried) or nothing at all; a 500 is a defect whatever died.
        driver.answers().forEach((kind, statuses) -> assertThat(statuses.keySet())
                .as("final answers to %s: %s", kind, statuses).allMatch(status -> status < 500));
    }

    /**
     * Runs steps {@code [from, to)} of the driver's plan on its workers and kills {@code target} once a third of
     * them are done; answers once the steps are done and the target is back.
     */
    private static Kill phase(int from, int to, String target, int variant) throws Exception {
        int before = driver.actions();
        int retriesBefore = driver.retries();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<CompletableFuture<Void>> running = IntStream.range(0, WORKERS).mapToObj(worker ->
                    CompletableFuture.runAsync(() -> {
                        for (int step = from; step < to; step++) {
                            Account account = driver.accounts().get(step % CUSTOMERS);
                            if (account.index % WORKERS == worker) {
                                driver.next(account);
                            }
                        }
                    }, workers)).toList();
            await().atMost(RECOVERY).until(() -> driver.actions() >= before + (to - from) / 3
                    || running.stream().allMatch(CompletableFuture::isDone));
            Kill kill = kill(target, variant);
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get();
            return new Kill(kill.process(), kill.during(), kill.seen(), kill.backAfter(), driver.actions() - before,
                    driver.retries() - retriesBefore);
        } finally {
            workers.shutdownNow();
        }
    }

    /** Kills the target in the state its turn asks for (a relay with events to send, or consumers with work). */
    private static Kill kill(String target, int variant) throws Exception {
        String during;
        BooleanSupplier state;
        if (SERVICES.contains(target)) {
            String database = target.substring(0, target.indexOf('-'));
            boolean relay = variant % 2 == 0;
            during = relay ? "its relay publishing" : "its consumers handling";
            state = relay
                    ? () -> SuiteDatabases.unsentOutboxRows(database) > 0
                    : () -> SuiteTopics.lag(GROUPS.get(target)) > 0;
        } else {
            during = "mid-traffic";
            state = () -> true;
        }
        boolean seen = observe(state);
        long start = System.nanoTime();
        if (BROKER.equals(target)) {
            RunningSuite.suite().killBroker();
        } else {
            RunningSuite.kill(target);
            RunningSuite.awaitReady(target, RECOVERY);
        }
        return new Kill(target, during, seen, Duration.ofNanos(System.nanoTime() - start), 0, 0);
    }

    /** Whether the state shows within 5 s (looked at every 20 ms): the kill happens either way, and says which. */
    private static boolean observe(BooleanSupplier state) {
        try {
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                    .until(state::getAsBoolean);
            return true;
        } catch (ConditionTimeoutException notSeen) {
            return false;
        }
    }

    /** Every outbox drained and every service's consumers past the last event: nothing more can arrive. */
    static void awaitQuiet() {
        await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            for (String database : SuiteDatabases.ALL) {
                assertThat(SuiteDatabases.unsentOutboxRows(database)).as(database).isZero();
            }
            for (String service : CONSUMERS) {
                assertThat(SuiteTopics.lag(GROUPS.get(service))).as(service).isLessThanOrEqualTo(0);
            }
        });
    }

    private static String faultsReport(List<Kill> kills, List<Verdict> verdicts) {
        StringBuilder report = new StringBuilder("## Faults: nothing lost, nothing doubled\n\n")
                .append(CUSTOMERS).append(" customers, ").append(driver.actions()).append(" actions (")
                .append(driver.retries()).append(" retries of a request that got no answer or a 5xx/429), ")
                .append(kills.size()).append(" kills with SIGKILL.\n\n");
        report.append(ReliabilityReport.table(List.of("killed", "during", "state seen", "back after (s)",
                "actions meanwhile", "retries"), kills.stream().map(k -> List.of(k.process(), k.during(),
                k.seen() ? "yes" : "no (killed anyway)", String.format("%.1f", k.backAfter().toMillis() / 1000.0),
                Integer.toString(k.actions()), Integer.toString(k.retries())))));
        report.append("\nFinal answers per action (status: count; 0 = no answer):\n\n");
        Map<String, String> answers = new LinkedHashMap<>();
        driver.answers().forEach((kind, statuses) -> answers.put(kind, statuses.toString()));
        report.append(ReliabilityReport.table(List.of("action", "answers"),
                answers.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue()))));
        report.append("\nInvariants, read from the databases and topics:\n\n");
        report.append(ReliabilityReport.table(List.of("invariant", "checked", "violations"), verdicts.stream()
                .map(v -> List.of(v.rule(), Integer.toString(v.checked()), v.violations().isEmpty() ? "0"
                        : v.violations().size() + ": " + String.join("; ", v.violations().subList(0,
                        Math.min(3, v.violations().size())))))));
        return report.toString();
    }

    /** The account deleted in the fault scenario, once its deletion has run: its needles for the erasure scan. */
    static Map<String, String> deletedAccountNeedles() {
        Account gone = driver.deletedAccount();
        await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                "deleted".equals(call("GET", gateway("/api/account/deletion"), gone.token, null).string("status")));
        Map<String, String> needles = new LinkedHashMap<>();
        needles.put("id", gone.customerId);
        needles.put("email", gone.email);
        needles.put("name", gone.name);
        needles.put("site title", gone.siteTitle);
        for (int i = 0; i < gone.domainNames.size(); i++) {
            needles.put("domain name " + (i + 1), gone.domainNames.get(i));
        }
        return needles;
    }

    /**
     * With each backend stopped in turn, the page and its API answer 200 within the page's budget with that
     * service's block unavailable, and a write to it answers 503 problem+json. The service then comes back under a
     * fresh consumer group, so it replays every topic from its beginning, and works again without a restart of the
     * others.
     */
    @Test
    @Order(2)
    void with_each_backend_stopped_the_page_degrades_and_the_service_comes_back_replaying_every_topic()
            throws Exception {
        Account customer = driver.accounts().stream().filter(a -> !a.accountDeleted && !a.siteDeleted
                && a.membershipId != null).findFirst().orElseThrow();
        List<Degradation> seen = new ArrayList<>();
        for (String service : SERVICES) {
            seen.add(Degradation.of(service, customer));
        }
        ReliabilityReport.write("degradation", Degradation.report(seen));
        for (Degradation degradation : seen) {
            assertThat(degradation.failures()).as(degradation.service()).isEmpty();
        }
    }

    /**
     * After the faults and the replay, nothing of the customer who deleted the account is left but what the design
     * keeps, and the replay re-created nothing: the invariants still hold.
     */
    @Test
    @Order(3)
    void after_faults_and_a_replay_nothing_of_the_deleted_account_is_left_and_nothing_came_back() throws Exception {
        Map<String, String> needles = deletedAccountNeedles();
        awaitQuiet();
        ErasureScan.awaitFarewellGone(needles.get("email"));
        Map<String, Map<String, Integer>> inDatabases = ErasureScan.databases(needles.values());
        Map<String, Map<String, Integer>> inTopics = ErasureScan.topics(needles.values());
        List<Verdict> verdicts = new Invariants(driver.accounts(), SuiteTopics.everyRecord()).all();
        ReliabilityReport.write("erasure", ErasureScan.report(needles, inDatabases, inTopics, verdicts));

        ErasureScan.assertOnlyWhereKeptOnPurpose(inDatabases, needles);
        ErasureScan.assertTopicsHoldOnlyTheDocumentedResidue(inTopics, needles);
        for (Verdict verdict : verdicts) {
            assertThat(verdict.violations()).as("after the replay: " + verdict.rule()).isEmpty();
        }
    }
}
