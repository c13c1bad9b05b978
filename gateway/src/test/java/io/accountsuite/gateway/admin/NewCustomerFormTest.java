package io.accountsuite.gateway.admin;

import java.util.Locale;
import java.util.Map;

import io.accountsuite.gateway.language.PageBundles;
import io.accountsuite.gateway.language.Words;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The new customer form's own logic (AdminNewCustomerPageController): what it checks and what it sends. */
class NewCustomerFormTest {

    private static final Words.InLanguage ENGLISH = new Words.InLanguage(PageBundles.messages(), Locale.ENGLISH);

    @Test
    void a_customer_is_never_created_for_a_membership_missing_its_plan_or_site() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("email", " ann@example.com ");
        form.add("name", "Ann");
        form.add("password", " spaces kept ");
        Map<String, String> submitted = AdminNewCustomerPageController.submitted(form);

        assertThat(submitted).containsEntry("email", "ann@example.com").containsEntry("password", " spaces kept ")
                .containsEntry("couponCode", "");
        assertThat(AdminNewCustomerPageController.missing(submitted, ENGLISH)).containsOnlyKeys("planId", "site.title",
                "site.slug");
    }

    @Test
    void a_second_try_for_a_created_customer_needs_only_the_membership() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("customerId", "c1");
        form.add("planId", "p1");
        form.add("site.title", "Bakery");
        form.add("site.slug", "ann");

        assertThat(AdminNewCustomerPageController.missing(AdminNewCustomerPageController.submitted(form),
                ENGLISH)).isEmpty();
    }

    @Test
    void the_membership_names_the_customer_and_leaves_a_blank_coupon_out() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("planId", "p1");
        form.add("site.title", "Bakery");
        form.add("site.slug", "ann");

        assertThat(AdminNewCustomerPageController.membership("c1", AdminNewCustomerPageController.submitted(form)))
                .isEqualTo(Map.of("customerId", "c1", "planId", "p1", "site", Map.of("title", "Bakery", "slug",
                        "ann")));
    }
}
