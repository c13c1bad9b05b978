package io.accountsuite.billing.invoice;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.accountsuite.contracts.EventEnvelope;
import io.accountsuite.contracts.EventType;
import io.accountsuite.contracts.Topics;
import io.accountsuite.contracts.identity.IdentityEvents;
import io.accountsuite.contracts.identity.IdentityEvents.AccountDeletionRequested;
import io.accountsuite.contracts.membership.MembershipEvents;
import io.accountsuite.contracts.membership.MembershipEvents.Amount;
import io.accountsuite.contracts.membership.MembershipEvents.Charge;
import io.accountsuite.contracts.membership.MembershipEvents.ChargeLine;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChargeCancelled;
import io.accountsuite.contracts.membership.MembershipEvents.MembershipChargeDue;
import io.accountsuite.platform.events.EventJson;
import io.accountsuite.platform.problem.ProblemType;
import io.accountsuite.testkit.ApiDescriptionContract;
import io.accountsuite.testkit.ContractFixtures;
import io.accountsuite.testkit.ServiceTest;
import io.accountsuite.testkit.TestTokens;
import io.accountsuite.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class BillingFlowIT {

    /**
     * The session cut-off of the deletions these tests request: before their tokens' issue, so that they can still
     * read what is left (a real deletion's cut-off refuses them: StandardEndpointsContract).
     */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant TOKENS_STILL_VALID_AFTER = Instant.now().minusSeconds(60);

    private static final Map<String, Object> ADDRESS = Map.of("companyName", "Ann's Bakery", "email",
            "billing@annsbakery.example", "line1", "1 Flour Street", "city", "Lyon", "postalCode", "69001",
            "country", "FR", "vatNumber", "FR40303265045");

    @Autowired WebTestClient web;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventJson json;
    @Autowired InvoiceIssuer issuer;
    @Autowired TransactionalOperator tx;
    @Autowired DatabaseClient db;

    final UUID ann = UUID.randomUUID();
    final UUID membership = UUID.randomUUID();

    @Test
    void every_operation_of_the_api_description_has_a_summary() {
        ApiDescriptionContract.assertEveryOperationSummarised(web);
    }

    @Test
    void the_address_is_validated_field_by_field_and_only_a_valid_one_is_kept() {
        put(ann, Map.of("email", "nope", "line1", "1 Flour Street", "city", "Lyon", "postalCode", "6900",
                "country", "FR", "vatNumber", "DE123")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'email')]").exists()
                .jsonPath("$.errors[?(@.field == 'postalCode')]").exists()
                .jsonPath("$.errors[?(@.field == 'vatNumber')]").exists();
        get(ann, "/api/billing/address").expectStatus().isNotFound();

        put(ann, ADDRESS).expectStatus().isOk().expectBody().jsonPath("$.vatNumber").isEqualTo("FR40303265045");
        get(ann, "/api/billing/address").expectStatus().isOk().expectBody().jsonPath("$.city").isEqualTo("Lyon");
        // The gateway's page and forms read these fields (ContractFixtures): renaming one fails here.
        ContractFixtures.assertCarriesEveryField("billing/address", body(ann, "/api/billing/address"));
        documented("/api/billing/address", body(ann, "/api/billing/address"));
        get(UUID.randomUUID(), "/api/billing/address").expectStatus().isNotFound();
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.BILLING).stream()
                .anyMatch(r -> r.key().equals(ann.toString()) && r.value().contains("BillingAddressChanged")));
    }

    @Test
    void each_membership_charge_becomes_one_invoice_under_its_id_with_its_lines_and_the_address_snapshot() {
        put(ann, ADDRESS).expectStatus().isOk();
        UUID initial = UUID.randomUUID();
        var created = due(initial, charge("initial", line("product", "Basic", "10.00"),
                line("fee", "Setup fee: Basic", "5.00"), line("discount", "Coupon WELCOME10", "-1.00")));
        send(Topics.MEMBERSHIP, created); // delivered twice: still one invoice
        send(Topics.MEMBERSHIP, EventEnvelope.of(MembershipEvents.MEMBERSHIP_CHARGE_DUE, Instant.now(), ann, membership,
                created.payload())); // asked again under another event: still one invoice
        UUID upgrade = UUID.randomUUID();
        due(upgrade, charge("upgrade", line("product", "Pro", "30.00"), line("fee", "Setup fee: Pro", "20.00"),
                line("credit", "Unused time on Basic", "-3.33"), line("credit", "Setup fee already paid", "-5.00")));
        due(UUID.randomUUID(), charge("add-on-purchase", line("product", "Extra posts", "4.00")));
        due(UUID.randomUUID(), charge("renewal", line("product", "Pro", "30.00")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, "/api/billing/invoices")
                .expectBody().jsonPath("$.length()").isEqualTo(4));
        int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
        get(ann, "/api/billing/invoices").expectBody()
                .jsonPath("$[?(@.purpose == 'initial')].total.amount").isEqualTo("14.00")
                .jsonPath("$[?(@.purpose == 'upgrade')].total.amount").isEqualTo("41.67")
                .jsonPath("$[?(@.purpose == 'add-on-purchase')].total.amount").isEqualTo("4.00")
                .jsonPath("$[?(@.purpose == 'renewal')].total.amount").isEqualTo("30.00")
                .jsonPath("$[*].number").value(numbers -> assertThat(numbers.toString())
                        .contains("INV-" + year + "-000001").contains("INV-" + year + "-000004"))
                .jsonPath("$[*].status").value(s -> assertThat(s.toString()).doesNotContain("completed"));

        get(ann, "/api/billing/invoices/" + upgrade).expectStatus().isOk().expectBody()
                .jsonPath("$.lines.length()").isEqualTo(4)
                .jsonPath("$.lines[?(@.type == 'credit')].amount.amount").value(v -> assertThat(v.toString())
                        .contains("-3.33").contains("-5.00"))
                .jsonPath("$.address.vatNumber").isEqualTo("FR40303265045");
        get(ann, "/api/billing/invoices/" + initial).expectStatus().isOk();
    }

    @Test
    void a_credit_larger_than_the_charge_leaves_a_paid_zero_invoice_and_credit_for_the_next() {
        due(UUID.randomUUID(), charge("upgrade", line("product", "Pro yearly", "10.00"),
                line("credit", "Unused time", "-25.00")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, "/api/billing/invoices")
                .expectBody().jsonPath("$[0].total.amount").isEqualTo("0.00")
                .jsonPath("$[0].status").isEqualTo("completed")
                .jsonPath("$[0].payable").isEqualTo(false));
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.BILLING).stream()
                .anyMatch(r -> r.value().contains("PaymentSucceeded") && r.value().contains(membership.toString())));
        get(ann, "/api/billing/account-credit").expectBody().jsonPath("$[0].amount").isEqualTo("15.00");
        ContractFixtures.assertCarriesEveryField("billing/account-credit", body(ann, "/api/billing/account-credit"));
        ContractFixtures.assertCarriesEveryField("billing/invoices", body(ann, "/api/billing/invoices"));
        documented("/api/billing/account-credit", body(ann, "/api/billing/account-credit"));
        documented("/api/billing/invoices", body(ann, "/api/billing/invoices"));

        due(UUID.randomUUID(), charge("renewal", line("product", "Pro", "30.00")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, "/api/billing/invoices")
                .expectBody().jsonPath("$[?(@.purpose == 'renewal')].total.amount").isEqualTo("15.00"));
        get(ann, "/api/billing/account-credit").expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void a_cancelled_charge_cancels_its_unpaid_invoice_and_refunds_a_paid_one() {
        UUID unpaid = UUID.randomUUID();
        UUID paid = UUID.randomUUID();
        due(unpaid, charge("upgrade", line("product", "Pro", "35.00")));
        due(paid, charge("upgrade", line("product", "Pro", "35.00")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, "/api/billing/invoices")
                .expectBody().jsonPath("$.length()").isEqualTo(2));
        post(ann, "/api/billing/invoices/" + paid + "/payment", Map.of()).expectStatus().isOk();

        send(MembershipEvents.MEMBERSHIP_CHARGE_CANCELLED, new MembershipChargeCancelled(membership, unpaid,
                "discarded by the customer"));
        send(MembershipEvents.MEMBERSHIP_CHARGE_CANCELLED, new MembershipChargeCancelled(membership, paid,
                "discarded by the customer"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            get(ann, "/api/billing/invoices/" + unpaid).expectBody().jsonPath("$.status").isEqualTo("cancelled")
                    .jsonPath("$.payable").isEqualTo(false);
            get(ann, "/api/billing/invoices/" + paid).expectBody().jsonPath("$.status").isEqualTo("refunded");
        });
        post(ann, "/api/billing/invoices/" + unpaid + "/payment", Map.of()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "not-payable");
        get(ann, "/api/billing/credit-notes").expectBody().jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].amount.amount").isEqualTo("35.00")
                .jsonPath("$[0].invoiceId").isEqualTo(paid.toString());
        ContractFixtures.assertCarriesEveryField("billing/credit-notes", body(ann, "/api/billing/credit-notes"));
        documented("/api/billing/credit-notes", body(ann, "/api/billing/credit-notes"));
    }

    @Test
    void the_overview_answers_what_the_four_billing_calls_answer_for_the_caller_alone() {
        put(ann, ADDRESS).expectStatus().isOk();
        UUID refunded = UUID.randomUUID();
        due(refunded, charge("upgrade", line("product", "Pro", "35.00")));
        due(UUID.randomUUID(), charge("upgrade", line("product", "Pro yearly", "10.00"),
                line("credit", "Unused time", "-25.00")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, "/api/billing/invoices")
                .expectBody().jsonPath("$.length()").isEqualTo(2));
        post(ann, "/api/billing/invoices/" + refunded + "/payment", Map.of()).expectStatus().isOk();
        send(MembershipEvents.MEMBERSHIP_CHARGE_CANCELLED, new MembershipChargeCancelled(membership, refunded,
                "discarded by the customer"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, "/api/billing/credit-notes")
                .expectBody().jsonPath("$.length()").isEqualTo(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, "/api/billing/account-credit")
                .expectBody().jsonPath("$.length()").isEqualTo(1));

        String overview = body(ann, "/api/billing/overview");
        // The gateway's page reads these fields (ContractFixtures): renaming one fails here.
        ContractFixtures.assertCarriesEveryField("billing/overview", overview);
        documented("/api/billing/overview", overview);
        JsonNode parts = JSON.readTree(overview);
        assertThat(parts.get("address")).isEqualTo(JSON.readTree(body(ann, "/api/billing/address")));
        assertThat(parts.get("invoices")).isEqualTo(JSON.readTree(body(ann, "/api/billing/invoices")));
        assertThat(parts.get("creditNotes")).isEqualTo(JSON.readTree(body(ann, "/api/billing/credit-notes")));
        assertThat(parts.get("accountCredit")).isEqualTo(JSON.readTree(body(ann, "/api/billing/account-credit")));

        get(UUID.randomUUID(), "/api/billing/overview").expectStatus().isOk().expectBody()
                .jsonPath("$.address").doesNotExist()
                .jsonPath("$.invoices.length()").isEqualTo(0)
                .jsonPath("$.creditNotes.length()").isEqualTo(0)
                .jsonPath("$.accountCredit.length()").isEqualTo(0);
    }

    @Test
    void an_admin_refunds_part_then_the_rest_never_more_than_was_paid_with_gap_free_credit_notes() throws IOException {
        put(ann, ADDRESS).expectStatus().isOk();
        Invoice invoice = tx.transactional(issuer.issue(UUID.randomUUID(), ann, membership, UUID.randomUUID(),
                charge("initial", line("product", "Pro", "50.00")))).block();
        String refunds = "/api/admin/invoices/" + invoice.id() + "/refunds";
        admin().post().uri(refunds).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", "10.00", "reason", "Goodwill")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type")
                .isEqualTo(ProblemType.BASE + "not-refundable");
        post(ann, "/api/billing/invoices/" + invoice.id() + "/payment", Map.of()).expectStatus().isOk();

        admin().post().uri(refunds).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", "25.00", "reason", "Half back")).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.number").value(n ->
                        assertThat(n.toString()).matches("CN-\\d{4}-\\d{6}"));
        get(ann, "/api/billing/invoices/" + invoice.id()).expectBody()
                .jsonPath("$.status").isEqualTo("partially-refunded");
        admin().post().uri(refunds).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", "25.01", "reason", "Too much")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type")
                .isEqualTo(ProblemType.BASE + "refund-exceeds-payment");
        admin().post().uri(refunds).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", "-1", "reason", "")).exchange().expectStatus().isBadRequest();
        admin().post().uri(refunds).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", "25.00", "reason", "The rest")).exchange().expectStatus().isCreated();
        get(ann, "/api/billing/invoices/" + invoice.id()).expectBody().jsonPath("$.status").isEqualTo("refunded")
                .jsonPath("$.refunded.amount").isEqualTo("50.00");
        admin().get().uri("/api/admin/invoices/" + invoice.id() + "/credit-notes").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
        // Found by HostileInputIT: an unknown invoice's credit notes were an empty list, not the 404 API.md gives.
        admin().get().uri("/api/admin/invoices/" + UUID.randomUUID() + "/credit-notes").exchange()
                .expectStatus().isNotFound();
        post(UUID.randomUUID(), refunds, Map.of("amount", "1.00", "reason", "x")).expectStatus().isForbidden();

        List<?> notes = get(ann, "/api/billing/credit-notes").expectBody(List.class).returnResult()
                .getResponseBody();
        assertThat(notes).hasSize(2);
        String last = ((Map<?, ?>) notes.get(0)).get("number").toString();
        String first = ((Map<?, ?>) notes.get(1)).get("number").toString();
        assertThat(Long.parseLong(last.substring(last.length() - 6)))
                .isEqualTo(Long.parseLong(first.substring(first.length() - 6)) + 1);
        byte[] pdf = get(ann, "/api/billing/credit-notes/" + ((Map<?, ?>) notes.get(0)).get("id") + "/pdf")
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains(last)
                .contains(invoice.number()).contains("$25.00").contains("The rest");
        get(UUID.randomUUID(), "/api/billing/credit-notes/" + ((Map<?, ?>) notes.get(0)).get("id") + "/pdf")
                .expectStatus().isNotFound();
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.BILLING).stream()
                .filter(r -> r.value().contains("PaymentRefunded") && r.value().contains(invoice.id().toString()))
                .count() == 2);
    }

    @Test
    void paying_twice_with_the_same_idempotency_key_charges_once_and_a_decline_is_replayed_too() {
        Invoice invoice = tx.transactional(issuer.issue(UUID.randomUUID(), ann, membership, UUID.randomUUID(),
                charge("initial", line("product", "Basic", "10.00")))).block();
        String pay = "/api/billing/invoices/" + invoice.id() + "/payment";
        payWithKey(pay, "declined-1", Map.of("card", "4000 0000 0000 0002")).expectStatus().isEqualTo(402);
        payWithKey(pay, "declined-1", Map.of("card", "4000 0000 0000 0002")).expectStatus().isEqualTo(402)
                .expectHeader().valueEquals("Idempotent-Replayed", "true");
        payWithKey(pay, "paid-1", Map.of()).expectStatus().isOk();
        payWithKey(pay, "paid-1", Map.of()).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.status").isEqualTo("completed");
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.BILLING).stream()
                .filter(r -> r.value().contains(invoice.id().toString()))
                .filter(r -> r.value().contains("PaymentSucceeded") || r.value().contains("PaymentFailed")).count() == 2);
    }

    private WebTestClient.ResponseSpec payWithKey(String path, String key, Object body) {
        return web.post().uri(path).headers(h -> {
                    h.setBearerAuth(TestTokens.accessToken(ann));
                    h.set("Idempotency-Key", key);
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient admin() {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestTokens.accessToken(
                UUID.fromString("00000000-0000-0000-0000-00000000ad01"), "admin"))).build();
    }

    /** membership-service asks billing to invoice a charge under {@code invoiceId}. */
    private EventEnvelope<MembershipChargeDue> due(UUID invoiceId, Charge charge) {
        return send(MembershipEvents.MEMBERSHIP_CHARGE_DUE, new MembershipChargeDue(membership, invoiceId,
                LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 1), charge));
    }

    @Test
    void invoices_issued_concurrently_get_unique_gap_free_numbers() {
        List<String> numbers = Flux.range(0, 24)
                .flatMap(i -> tx.transactional(issuer.issue(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), charge("initial", line("product", "Basic", "10.00")))), 8)
                .map(Invoice::number)
                .collectList().block();
        int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(24)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 24)
                        .mapToObj(n -> String.format("INV-%d-%06d", year, n)).toList());
    }

    @Test
    void the_pdf_shows_the_number_the_total_and_the_address() throws IOException {
        put(ann, ADDRESS).expectStatus().isOk();
        Invoice invoice = tx.transactional(issuer.issue(UUID.randomUUID(), ann, membership, UUID.randomUUID(),
                charge("initial", line("product", "Basic", "10.00"), line("fee", "Setup fee: Basic", "5.00"))))
                .block();
        byte[] pdf = get(ann, "/api/billing/invoices/" + invoice.id() + "/pdf").expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();

        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Invoice " + invoice.number()).contains("$15.00").contains("1 Flour Street")
                .contains("FR40303265045").contains("pending");

        // In the language the gateway passes on (issue 21): French words, money as CLDR's French writes it.
        byte[] french = web.get().uri("/api/billing/invoices/" + invoice.id() + "/pdf")
                .headers(h -> h.setBearerAuth(TestTokens.accessToken(ann)))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        String words = new PdfTextExtractor(new PdfReader(french)).getTextFromPage(1)
                .replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll(" {2,}", " ");
        assertThat(words).contains("Facture " + invoice.number()).contains("15,00 $US").contains("Facturé à")
                .contains("Statut : en attente").doesNotContain("Invoice");
    }

    @Test
    void a_charge_with_its_lines_words_parts_gives_an_invoice_worded_in_the_readers_language() throws IOException {
        UUID invoiceId = UUID.randomUUID();
        due(invoiceId, charge("upgrade", worded("product", "Basic", "10.00", "Basic", null),
                worded("fee", "Setup fee: Basic", "5.00", "Basic", null),
                worded("credit", "Unused time on Starter", "-2.00", "Starter", "unused-time"),
                worded("credit", "Setup fee already paid", "-1.00", null, "setup-fee-paid")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> get(ann, "/api/billing/invoices/" + invoiceId)
                .expectStatus().isOk());

        String detail = body(ann, "/api/billing/invoices/" + invoiceId);
        JsonNode lines = JSON.readTree(detail).get("lines");
        assertThat(lines.get(1).toString()).isEqualTo("{\"type\":\"fee\",\"description\":\"Setup fee: Basic\","
                + "\"quantity\":1,\"amount\":{\"amount\":\"5.00\",\"currency\":\"USD\"},"
                + "\"subject\":\"Basic\",\"reason\":null}");
        assertThat(lines.get(3).get("reason").asString()).isEqualTo("setup-fee-paid");
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "GET", "/api/billing/invoices/{id}", 200, detail);
        byte[] french = web.get().uri("/api/billing/invoices/" + invoiceId + "/pdf")
                .headers(h -> h.setBearerAuth(TestTokens.accessToken(ann)))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        String words = new PdfTextExtractor(new PdfReader(french)).getTextFromPage(1)
                .replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll(" {2,}", " ");
        assertThat(words).contains("Frais de mise en service : Basic").contains("Temps non utilisé sur Starter")
                .contains("Frais de mise en service déjà payés").doesNotContain("Setup fee");
    }

    @Test
    void only_a_payable_invoice_can_be_paid_and_a_declined_card_fails_it() {
        Invoice invoice = tx.transactional(issuer.issue(UUID.randomUUID(), ann, membership, UUID.randomUUID(),
                charge("initial", line("product", "Basic", "10.00")))).block();
        String pay = "/api/billing/invoices/" + invoice.id() + "/payment";

        post(ann, pay, Map.of("card", "4000 0000 0000 0002")).expectStatus().isEqualTo(402)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "payment-failed");
        get(ann, "/api/billing/invoices/" + invoice.id()).expectBody().jsonPath("$.status").isEqualTo("failed")
                .jsonPath("$.payable").isEqualTo(true);

        post(ann, pay, Map.of("card", "4242424242424242")).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("completed");
        post(ann, pay, Map.of()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BASE + "not-payable");
        await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.readAll(Topics.BILLING).stream()
                .filter(r -> r.value().contains(invoice.id().toString()))
                .map(r -> r.value().contains("PaymentFailed") ? "failed" : r.value().contains("PaymentSucceeded")
                        ? "succeeded" : "other").toList().containsAll(List.of("failed", "succeeded")));
    }

    @Test
    void another_customers_invoice_answers_404_everywhere() {
        Invoice invoice = tx.transactional(issuer.issue(UUID.randomUUID(), ann, membership, UUID.randomUUID(),
                charge("initial", line("product", "Basic", "10.00")))).block();
        UUID bob = UUID.randomUUID();
        get(bob, "/api/billing/invoices/" + invoice.id()).expectStatus().isNotFound();
        get(bob, "/api/billing/invoices/" + invoice.id() + "/pdf").expectStatus().isNotFound();
        post(bob, "/api/billing/invoices/" + invoice.id() + "/payment", Map.of()).expectStatus().isNotFound();
        get(bob, "/api/billing/invoices").expectBody().jsonPath("$.length()").isEqualTo(0);
        get(ann, "/api/billing/invoices/" + invoice.id()).expectBody().jsonPath("$.status").isEqualTo("pending");
    }

    @Test
    void account_deletion_archives_the_invoices_detached_erases_the_rest_and_late_charges_create_nothing() {
        put(ann, ADDRESS).expectStatus().isOk();
        Invoice invoice = tx.transactional(issuer.issue(UUID.randomUUID(), ann, membership, UUID.randomUUID(),
                charge("initial", line("product", "Basic", "10.00")))).block();
        post(ann, "/api/billing/invoices/" + invoice.id() + "/payment", Map.of()).expectStatus().isOk();
        admin().post().uri("/api/admin/invoices/" + invoice.id() + "/refunds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("amount", "4.00", "reason", "Goodwill")).exchange().expectStatus().isCreated();
        send(IdentityEvents.ACCOUNT_DELETION_REQUESTED, new AccountDeletionRequested(Instant.now(), TOKENS_STILL_VALID_AFTER));

        String confirmation = await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.readAll(Topics.BILLING)
                .stream().filter(r -> r.key().equals(ann.toString()) && r.value().contains("BillingDataErased"))
                .map(r -> r.value()).findFirst().orElse(null), v -> v != null);
        assertThat(confirmation).contains("\"what\":\"invoices and credit notes\"").contains("\"count\":2");
        get(ann, "/api/billing/address").expectStatus().isNotFound();
        get(ann, "/api/billing/invoices").expectBody().jsonPath("$.length()").isEqualTo(0);
        assertThat(rows("SELECT count(*) AS n FROM invoice_archive WHERE number = '" + invoice.number() + "'"))
                .isEqualTo(1);
        assertThat(text("SELECT string_agg(a::text, '|') AS t FROM invoice_archive a")).as("detached from the account")
                .doesNotContain(ann.toString()).doesNotContain(membership.toString())
                .doesNotContain("billing@annsbakery.example").contains("1 Flour Street");
        for (String table : List.of("invoices", "credit_notes", "account_credits", "billing_addresses")) {
            assertThat(rows("SELECT count(*) AS n FROM " + table + " WHERE customer_id = '" + ann + "'"))
                    .as(table).isZero();
        }

        // A late (or replayed) charge for the erased customer creates nothing.
        UUID late = UUID.randomUUID();
        var lateCharge = due(late, charge("renewal", line("product", "Basic", "10.00")));
        await().atMost(Duration.ofSeconds(20)).alias("the late charge was handled (recorded, so a replay is a no-op)")
                .until(() -> rows("SELECT count(*) AS n FROM platform.inbox WHERE event_id = '" + lateCharge.eventId()
                        + "'") == 1);
        assertThat(rows("SELECT count(*) AS n FROM invoices WHERE id = '" + late + "'")).isZero();
    }

    private long rows(String sql) {
        return db.sql(sql).map(row -> row.get("n", Long.class)).one().block();
    }

    private String text(String sql) {
        return db.sql(sql).map(row -> String.valueOf(row.get("t", String.class))).one().block();
    }

    private String idOf(String purpose) {
        List<?> invoices = get(ann, "/api/billing/invoices").expectBody(List.class).returnResult()
                .getResponseBody();
        return invoices.stream().map(i -> (Map<?, ?>) i).filter(m -> purpose.equals(m.get("purpose")))
                .map(m -> m.get("id").toString()).findFirst().orElseThrow();
    }

    private static Charge charge(String kind, ChargeLine... lines) {
        BigDecimal total = Arrays.stream(lines)
                .map(l -> new BigDecimal(l.amount().amount())).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
        return new Charge(kind, List.of(lines), new Amount(total.toPlainString(), "USD"));
    }

    private static ChargeLine line(String type, String description, String amount) {
        return new ChargeLine(type, description, null, 1, new Amount(amount, "USD"));
    }

    private static ChargeLine worded(String type, String description, String amount, String subject,
                                     String reason) {
        return new ChargeLine(type, description, null, 1, new Amount(amount, "USD"), subject, reason);
    }

    private <P> EventEnvelope<P> send(EventType<P> type, P payload) {
        EventEnvelope<P> event = EventEnvelope.of(type, Instant.now(), ann, membership, payload);
        return send(type.topic(), event);
    }

    private <P> EventEnvelope<P> send(String topic, EventEnvelope<P> event) {
        try {
            kafka.send(topic, event.key(), json.write(event)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return event;
    }

    private WebTestClient.ResponseSpec put(UUID customer, Object body) {
        return web.put().uri("/api/billing/address").headers(h -> h.setBearerAuth(TestTokens.accessToken(customer)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec post(UUID customer, String path, Object body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(TestTokens.accessToken(customer)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The real answer has the shape billing's own OpenAPI description gives it. */
    private void documented(String path, String answer) {
        ApiDescriptionContract.assertAnswerMatchesDescription(web, "GET", path, 200, answer);
    }

    private String body(UUID customer, String path) {
        return get(customer, path).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec get(UUID customer, String path) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(TestTokens.accessToken(customer))).exchange();
    }
}
