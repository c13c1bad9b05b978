package io.accountsuite.membership.entitlement;

import java.util.Map;

import io.accountsuite.membership.entitlement.Entitlements.TemplateMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class EntitlementsProperties {

    @Property
    void numbers_add_up_times_the_quantity(@ForAll("finite") long plan, @ForAll("finite") long addOn,
                                           @ForAll @IntRange(min = 1, max = 20) int quantity) {
        Entitlements total = plan(plan).plus(posts(addOn), quantity);
        assertThat(total.posts()).isEqualTo(plan + addOn * quantity);
    }

    @Property
    void unlimited_wins_whichever_side_it_is_on(@ForAll("finite") long value,
                                                @ForAll @IntRange(min = 1, max = 20) int quantity) {
        assertThat(plan(0).plus(posts(value), quantity).posts()).isNull();
        assertThat(plan(value).plus(posts(0), quantity).posts()).isNull();
    }

    @Property
    void an_add_on_that_does_not_set_a_limit_leaves_it_alone(@ForAll("finite") long plan,
                                                             @ForAll @IntRange(min = 1, max = 20) int quantity) {
        assertThat(plan(plan).plus(ProductLimits.unset(), quantity).posts()).isEqualTo(plan);
    }

    @Property
    void the_order_of_add_ons_does_not_matter(@ForAll("finite") long plan, @ForAll("maybe") Long a,
                                              @ForAll("maybe") Long b) {
        ProductLimits first = new ProductLimits(a, a, null, null, null, null, null);
        ProductLimits second = new ProductLimits(b, null, b, null, null, null, true);
        assertThat(plan(plan).plus(first, 2).plus(second, 3)).isEqualTo(plan(plan).plus(second, 3).plus(first, 2));
    }

    @Property
    void true_wins_for_custom_domains(@ForAll Boolean planAllows, @ForAll Boolean addOnAllows) {
        Entitlements plan = Entitlements.ofPlan(new ProductLimits(null, null, null, null, null, null, planAllows),
                TemplateMode.DEFAULT, Map.of());
        Entitlements total = plan.plus(new ProductLimits(null, null, null, null, null, null, addOnAllows), 1);
        assertThat(total.customDomains()).isEqualTo(Boolean.TRUE.equals(planAllows) || Boolean.TRUE.equals(addOnAllows));
    }

    @Example
    void a_plans_blank_or_zero_limit_is_unlimited() {
        Entitlements plan = Entitlements.ofPlan(new ProductLimits(0L, null, 10L, null, null, null, null),
                TemplateMode.CHOOSE, Map.of());
        assertThat(plan.diskMb()).isNull();
        assertThat(plan.posts()).isNull();
        assertThat(plan.pages()).isEqualTo(10);
        assertThat(plan.customDomains()).isFalse();
        assertThat(plan.templateMode()).isEqualTo(TemplateMode.CHOOSE);
    }

    @Provide
    Arbitrary<Long> finite() {
        return Arbitraries.longs().between(1, 1_000_000);
    }

    @Provide
    Arbitrary<Long> maybe() {
        return Arbitraries.longs().between(0, 1_000_000).injectNull(0.3);
    }

    private static Entitlements plan(long posts) {
        return Entitlements.ofPlan(posts(posts), TemplateMode.DEFAULT, Map.of());
    }

    private static ProductLimits posts(long posts) {
        return new ProductLimits(null, posts, null, null, null, null, null);
    }
}
