package io.accountsuite.gateway.admin;

import java.util.List;

import io.accountsuite.gateway.backend.Backend;
import io.accountsuite.gateway.backend.Backends;
import io.accountsuite.gateway.backend.Block;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AdminReadsTest {

    private final Backends backends = mock(Backends.class);

    @Test
    void a_list_names_only_the_filters_given_each_value_a_template_variable() {
        when(backends.get(any(), any(), any(), any(), any(Object[].class))).thenReturn(Mono.just(Block.ok("[]")));

        AdminReads.list(backends, Backend.BILLING, "t", "/api/admin/invoices", "status", " failed ", "customerId",
                null).block();
        AdminReads.list(backends, Backend.IDENTITY, "t", "/api/admin/customers", "q", "").block();

        verify(backends).get(eq(Backend.BILLING), eq("t"), eq(AdminReads.LIMIT),
                eq("/api/admin/invoices?status={status}"), eq("failed"));
        verify(backends).get(Backend.IDENTITY, "t", AdminReads.LIMIT, "/api/admin/customers");
    }

    @Test
    void a_4xx_from_an_admin_list_is_shown_as_unavailable() {
        when(backends.get(any(), any(), any(), any(), any(Object[].class))).thenReturn(Mono.just(Block.none()));

        assertThat(AdminReads.list(backends, Backend.DOMAIN, "t", "/api/admin/domains").block())
                .isEqualTo(Block.unavailable());
    }

    @Test
    void the_list_a_row_form_returns_to_keeps_its_filters_encoded_and_says_what_was_done() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("status", "partially-refunded");
        form.add("customerId", "");
        form.add("reason", "not a filter");

        assertThat(AdminReads.listPath("/admin/invoices", form, List.of("status", "customerId"), "paid"))
                .isEqualTo("/admin/invoices?status=partially-refunded&paid");
        form.set("status", "a b&c");
        assertThat(AdminReads.listPath("/admin/invoices", form, List.of("status"), null))
                .isEqualTo("/admin/invoices?status=a%20b%26c");
    }

    @Test
    void a_filters_customer_id_is_a_uuid_as_written() {
        assertThat(AdminReads.isUuid("c0000000-0000-0000-0000-000000000001")).isTrue();
        assertThat(AdminReads.isUuid("1-2-3-4-5")).isFalse();
        assertThat(AdminReads.isUuid("nope")).isFalse();
    }
}
