package io.accountsuite.site;

import io.accountsuite.testkit.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every problem text of this service is in English and French, with the same arguments. */
class ProblemBundleTest {

    @Test
    void every_problem_text_is_in_english_and_french() {
        MessageBundles.assertFormatBundle("problems/site");
    }
}
