package io.accountsuite.gateway.backend;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class BlockTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"400,none", "403,none", "404,none", "409,none", "429,unavailable", "500,unavailable",
            "503,unavailable"})
    void a_backend_answer_that_failed_is_none_for_a_4xx_and_unavailable_for_trouble(int status, String block) {
        var answer = WebClientResponseException.create(status, "", HttpHeaders.EMPTY, new byte[0],
                StandardCharsets.UTF_8);

        assertThat(Block.failed(answer).block().status()).isEqualTo(block);
    }

    @Test
    void an_item_is_picked_from_a_list_by_one_field_and_is_none_when_missing() {
        Block sites = Block.ok(List.of(Map.of("siteId", "s1", "domains", List.of()),
                Map.of("siteId", "s2", "domains", List.of("shop.example"))));

        assertThat(sites.item("siteId", "s2").field("domains")).isEqualTo(Block.ok(List.of("shop.example")));
        assertThat(sites.item("siteId", "s3")).isEqualTo(Block.none());
        assertThat(Block.unavailable().item("siteId", "s1")).isEqualTo(Block.unavailable());
    }

    @Test
    void a_timeout_an_open_breaker_and_a_full_bulkhead_are_unavailable() {
        assertThat(Block.failed(new TimeoutException()).block()).isEqualTo(Block.unavailable());
        assertThat(Block.failed(CallNotPermittedException.createCallNotPermittedException(
                CircuitBreaker.ofDefaults("b"))).block()).isEqualTo(Block.unavailable());
        assertThat(Block.isFailure(BulkheadFullException.createBulkheadFullException(Bulkhead.ofDefaults("b")))).isTrue();
    }

    @Test
    void the_first_item_of_a_list_stands_for_the_customers_one_membership_or_site() {
        assertThat(Block.ok(List.of("a", "b")).firstItem()).isEqualTo(Block.ok("a"));
        assertThat(Block.ok(List.of()).firstItem()).isEqualTo(Block.none());
        assertThat(Block.unavailable().firstItem()).isEqualTo(Block.unavailable());
    }

    @Test
    void the_limits_view_is_the_sites_limits_field_and_shares_the_sites_status() {
        Map<String, Object> limits = Map.of("posts", Map.of("allowed", 10, "usage", 2));

        assertThat(Block.ok(Map.of("id", "s1", "limits", limits)).field("limits")).isEqualTo(Block.ok(limits));
        assertThat(Block.ok(Map.of("id", "s1")).field("limits")).isEqualTo(Block.none());
        assertThat(Block.unavailable().field("limits")).isEqualTo(Block.unavailable());
        assertThat(Block.none().field("limits")).isEqualTo(Block.none());
    }

    @Test
    void the_fields_the_gateway_reads_come_as_a_record_and_others_are_left_to_the_page() {
        JsonMapper json = JsonMapper.builder().build();
        Block membership = Block.ok(Map.of("id", "m1", "status", "active", "plan", Map.of("name", "Basic")));

        assertThat(membership.read(MembershipClient.Membership.class, json))
                .contains(new MembershipClient.Membership("m1", "active", null, null));
        assertThat(Block.none().read(MembershipClient.Membership.class, json)).isEmpty();
    }

    @Test
    void a_block_is_written_as_its_status_and_data_only() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.writeValueAsString(Block.ok(List.of()))).isEqualTo("{\"status\":\"ok\",\"data\":[]}");
    }
}
