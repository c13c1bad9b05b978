package io.accountsuite.e2e.browser;

import java.time.Duration;
import java.util.UUID;

import io.accountsuite.e2e.Customers;
import io.accountsuite.e2e.Mailbox;
import io.accountsuite.e2e.RunningSuite;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing up on the page and the mails that follow (issue 19), in a real Chromium against the whole suite: the
 * suite's mail server (GreenMail) keeps what notification-service sends, and the journey reads it as the customer's
 * mailbox ({@link Mailbox}). Leaves a screenshot of each step under target/screenshots.
 */
@ExtendWith(RunningSuite.class)
class SignUpBrowserIT {

    /** identity-service marks the address verified from notification-service's AddressVerified event. */
    private static final Duration VERIFICATION_SPREADS = Duration.ofSeconds(60);

    private Browser browser;

    @AfterEach
    void screenshotAndClose(TestInfo test) throws Exception {
        if (browser != null) {
            browser.screenshot(test.getTestMethod().orElseThrow().getName());
            browser.close();
        }
    }

    @Test
    void a_new_customer_signs_up_confirms_the_address_from_the_mail_and_is_told_of_a_password_change()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "signup-" + tag + "@example.com";
        Mailbox mailbox = new Mailbox(email);
        browser = new Browser();
        Browser page = browser;

        page.open("/signup");
        page.find(By.id("name"));
        page.assertAccessible("sign-up page");
        page.type(By.id("name"), "Dana " + tag);
        page.type(By.id("email"), email);
        page.type(By.id("password"), Customers.PASSWORD);
        page.click(By.cssSelector("main form button[type=submit]"));
        assertThat(page.text(By.cssSelector("main .notice"))).contains("Thank you. We sent a link to " + email)
                .contains("You can sign in now.");
        page.screenshot("signing_up_thanks");
        page.assertAccessible("sign-up page, thanks");
        page.open("/login");
        page.find(By.id("email"));
        page.assertAccessible("sign-in page");

        page.signIn(email, Customers.PASSWORD);
        assertThat(page.text(By.id("verify-email-notice"))).contains("Please confirm your email address")
                .contains(email);
        page.screenshot("signing_up_asked_to_confirm");
        page.assertAccessible("account page asking to confirm the email address");

        String link = mailbox.awaitSubject("Confirm your email address").verificationLink();
        assertThat(link).startsWith(RunningSuite.publicPage("/verify-email?token="));
        page.driver.get(link);
        page.find(By.id("confirm-email"));
        page.assertAccessible("verify-email page");
        page.click(By.id("confirm-email"));
        assertThat(page.text(By.id("verified"))).contains("confirmed");
        page.screenshot("signing_up_address_confirmed");
        page.assertAccessible("verify-email page, confirmed");

        page.click(By.id("to-account"));
        Awaitility.await("the account page without the notice").atMost(VERIFICATION_SPREADS)
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    page.open("/account");
                    page.find(By.id("profile-email"));
                    return page.driver.findElements(By.id("verify-email-notice")).isEmpty();
                });

        changePassword(page, "a brand new passphrase " + UUID.randomUUID());
        Mailbox.Mail changed = mailbox.awaitSubject("Your password was changed");
        assertThat(changed.text()).contains("The password of your account was changed");
    }

    /** As the password journey of AccountPageBrowserIT does it: the dialog, then the page's live status. */
    private static void changePassword(Browser page, String fresh) {
        // The dialog is the page's script's: wait until it has put its handlers in place.
        page.waitFor(d -> "true".equals(d.findElement(By.tagName("html")).getDomAttribute("data-enhanced")));
        page.click(By.id("change-password"));
        page.type(By.id("password-currentPassword"), Customers.PASSWORD);
        page.type(By.id("password-newPassword"), fresh);
        page.type(By.id("password-newPasswordConfirmation"), fresh);
        page.click(By.cssSelector("#password-dialog button[type=submit]"));
        page.waitFor(d -> d.findElement(By.id("live-status")).getAttribute("textContent")
                .contains("Password changed"));
    }
}
