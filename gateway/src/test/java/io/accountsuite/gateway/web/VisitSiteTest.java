package io.accountsuite.gateway.web;

import java.util.List;
import java.util.Map;

import io.accountsuite.gateway.backend.Block;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class VisitSiteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Block SITE = Block.ok(Map.of("id", "s1", "title", "Ann's Bakery",
            "address", "ann.sites.example"));

    private static Map<String, Object> domain(String name, boolean primary, String stage, boolean secure) {
        return Map.of("id", "d-" + name, "domain", name, "displayName", name, "primary", primary, "stage", stage,
                "secure", secure, "notInPlan", false);
    }

    @Test
    void without_a_primary_domain_the_link_is_the_sites_network_address() {
        Block domains = Block.ok(List.of(domain("shop.example", false, "done", true)));

        assertThat(VisitSite.of(SITE, domains, JSON))
                .contains(new VisitSite("https://ann.sites.example", null, false));
    }

    @Test
    void an_active_primary_domain_is_where_the_link_leads_securely_or_not() {
        assertThat(VisitSite.of(SITE, Block.ok(List.of(domain("shop.example", true, "done", true))), JSON))
                .contains(new VisitSite("https://shop.example", "shop.example", true));
        assertThat(VisitSite.of(SITE, Block.ok(List.of(domain("shop.example", true, "done-without-ssl", false))),
                JSON)).contains(new VisitSite("http://shop.example", "shop.example", true));
    }

    @Test
    void a_primary_domain_still_being_checked_is_named_but_the_link_stays_on_the_network_address() {
        Map<String, Object> idn = Map.of("domain", "xn--caf-dma.example", "displayName", "café.example",
                "primary", true, "stage", "checking-dns", "secure", false);

        assertThat(VisitSite.of(SITE, Block.ok(List.of(idn)), JSON))
                .contains(new VisitSite("https://ann.sites.example", "café.example", false));
    }

    @Test
    void domains_that_cannot_be_read_leave_the_network_address_and_no_site_leaves_no_link() {
        assertThat(VisitSite.of(SITE, Block.unavailable(), JSON))
                .contains(new VisitSite("https://ann.sites.example", null, false));
        assertThat(VisitSite.of(Block.none(), Block.none(), JSON)).isEmpty();
        assertThat(VisitSite.of(Block.unavailable(), Block.unavailable(), JSON)).isEmpty();
    }

    @Test
    void a_flag_left_out_counts_as_false_rather_than_failing_the_page() {
        Map<String, Object> bare = Map.of("domain", "shop.example", "displayName", "shop.example", "stage", "done");

        assertThat(VisitSite.of(SITE, Block.ok(List.of(bare)), JSON))
                .contains(new VisitSite("https://ann.sites.example", null, false));
    }
}
