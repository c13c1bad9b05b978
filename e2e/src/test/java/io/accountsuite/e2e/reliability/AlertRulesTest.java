package io.accountsuite.e2e.reliability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlertRulesTest {

    @Test
    void an_expression_reads_the_metrics_outside_functions_keywords_matchers_and_label_lists() {
        assertThat(AlertRules.metricNames("sum by (application, topic) (increase(inbox_dead_letters_total[10m])) > 0"))
                .containsExactly("inbox_dead_letters_total");
        assertThat(AlertRules.metricNames(
                "max by (name) (resilience4j_circuitbreaker_state{application=\"gateway\",state=\"open\"}) == 1"))
                .containsExactly("resilience4j_circuitbreaker_state");
        assertThat(AlertRules.metricNames("max by (application, pod) (sum by (application, pod, id) "
                + "(jvm_memory_used_bytes{area=\"heap\"}) / sum by (application, pod, id) "
                + "(jvm_memory_max_bytes{area=\"heap\"} > 0)) > 0.9"))
                .containsExactly("jvm_memory_used_bytes", "jvm_memory_max_bytes");
        assertThat(AlertRules.metricNames("max(identity_deletion_stalled) > 0 and on() vector(1) offset 5m"))
                .containsExactly("identity_deletion_stalled");
    }
}
