package io.accountsuite.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.accountsuite.e2e.Customers.NewCustomer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Processes killed with SIGKILL in the middle of work lose and duplicate nothing. Customers buy memberships while
 * billing-service (which issues an invoice for each new membership) is killed, and then membership-service is
 * killed with a purchase in flight. The suite restarts them, as an orchestrator would; customers whose answer was
 * lost retry the same purchase with the same Idempotency-Key, which acts once and answers the first answer again.
 * Once billing and site-service have consumed every membership event, each customer has exactly one membership, one
 * invoice and one site: the outbox published what was committed, and the inboxes applied each event once.
 */
@ExtendWith(RunningSuite.class)
class CrashRecoveryIT {

    private static final int CUSTOMERS = 12;
    private static final Duration RECOVERY = Duration.ofSeconds(150);

    @Test
    void killing_billing_and_membership_mid_purchase_loses_and_duplicates_nothing() throws Exception {
        List<Purchase> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(Purchase.of(Customers.create()));
        }
        for (int i = 0; i < 3; i++) {
            assertThat(purchase(customers.get(i))).isEqualTo(201);
        }

        RunningSuite.kill("billing-service");
        for (int i = 3; i < 6; i++) {
            assertThat(purchase(customers.get(i))).as("buying while billing is down").isEqualTo(201);
        }
        CompletableFuture<Integer> inFlight = CompletableFuture.supplyAsync(() -> purchase(customers.get(6)));
        RunningSuite.kill("membership-service");
        inFlight.exceptionally(failure -> 0).join();

        for (Purchase customer : customers.subList(6, CUSTOMERS)) {
            await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> purchase(customer) == 201);
        }
        assertThat(purchase(customers.get(6))).as("the purchase in flight, sent again with its key").isEqualTo(201);
        for (Purchase purchase : customers) {
            String token = purchase.customer().token();
            await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                    !call("GET", gateway("/api/billing/invoices"), token, null).list().isEmpty()
                            && !call("GET", gateway("/api/sites"), token, null).list().isEmpty());
        }
        // Every effect has arrived; once the consumers are past every event, none can arrive twice any more.
        await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                consumedEverything("billing-service") && consumedEverything("site-service"));

        for (Purchase purchase : customers) {
            NewCustomer customer = purchase.customer();
            String token = Customers.signIn(customer.email(), Customers.PASSWORD);
            assertThat(call("GET", gateway("/api/memberships"), token, null).list()).as(customer.email())
                    .hasSize(1);
            assertThat(call("GET", gateway("/api/billing/invoices"), token, null).list())
                    .as("%s's invoices", customer.email()).hasSize(1);
            assertThat(call("GET", gateway("/api/sites"), token, null).list())
                    .as("%s's sites", customer.email()).hasSize(1);
        }
    }

    /**
     * A customer's purchase of the demo Basic plan, with a site address of their own and the idempotency key the
     * client keeps for it, ready to send (and send again).
     */
    private record Purchase(NewCustomer customer, Map<String, Object> body, String key) {
        static Purchase of(NewCustomer customer) {
            String tag = customer.email().substring(2, 10);
            return new Purchase(customer, Customers.membership("demo-basic", "Crash " + tag, "crash-" + tag),
                    "purchase-" + tag);
        }
    }

    /** Sends the purchase; answers the status. */
    private static int purchase(Purchase purchase) {
        return call("POST", gateway("/api/memberships"), purchase.customer().token(), purchase.body(),
                Map.of("Idempotency-Key", purchase.key())).status();
    }

    /** Whether the consumer group has committed every membership event published so far. */
    private static boolean consumedEverything(String group) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + RunningSuite.KAFKA_PORT);
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = admin.describeTopics(List.of("membership.events")).allTopicNames().get()
                    .get("membership.events").partitions().stream()
                    .map(p -> new TopicPartition("membership.events", p.partition())).toList();
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get();
            return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                    || committed.containsKey(p) && committed.get(p).offset() >= ends.get(p).offset());
        }
    }
}
