package io.accountsuite.testkit;

import org.junit.jupiter.api.Test;

/** The platform's problem texts (platform-runtime's bundle), checked here where the check lives. */
class PlatformProblemBundleTest {

    @Test
    void every_platform_problem_text_is_in_english_and_french() {
        MessageBundles.assertFormatBundle("problems/platform");
    }
}
