package io.accountsuite.e2e.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.e2e.Customers;
import io.accountsuite.e2e.Customers.Customer;
import io.accountsuite.e2e.RunningSuite;
import io.accountsuite.e2e.TimePassing;
import io.accountsuite.testkit.TestDnsServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account page in a real Chromium against the whole suite (real PostgreSQL and Kafka, every service as its
 * own process): what a customer sees and does. Every journey uses a customer of its own and leaves a screenshot
 * under target/screenshots.
 */
@ExtendWith(RunningSuite.class)
class AccountPageBrowserIT {

    private static TestDnsServer dns;
    private Browser browser;

    @BeforeAll
    static void dns() throws Exception {
        dns = new TestDnsServer(RunningSuite.DNS_PORT);
    }

    @AfterAll
    static void stopDns() {
        dns.close();
    }

    @AfterEach
    void screenshotAndClose(TestInfo test) throws Exception {
        if (browser != null) {
            browser.screenshot(test.getTestMethod().orElseThrow().getName());
            browser.close();
        }
    }

    private Browser signedIn(Customer customer) throws Exception {
        browser = new Browser();
        browser.signIn(customer.email(), Customers.PASSWORD);
        return browser;
    }

    @Test
    void signing_in_shows_every_block_of_the_page() throws Exception {
        Customer ann = Customers.withPlan("demo-basic");
        Browser page = signedIn(ann);

        assertThat(page.text(By.id("membership-plan"))).isEqualTo("Basic");
        assertThat(page.text(By.id("membership-status"))).isEqualTo("active");
        assertThat(page.text(By.id("site-name"))).isEqualTo(ann.siteTitle());
        assertThat(page.text(By.id("limits"))).contains("Posts").contains("/ 10").doesNotContain("Disk");
        assertThat(page.text(By.id("site-plan"))).isEqualTo("Basic");
        assertThat(page.text(By.cssSelector("#site-disk span")))
                .as("About this site: disk used of allowed, with its percentage")
                .matches("\\d+ MB of 500 MB used \\(\\d+%\\)");
        String address = page.text(By.cssSelector("#site-address a"));
        assertThat(address).endsWith(".sites.example");
        assertThat(page.find(By.cssSelector("#site-address a")).getDomAttribute("href"))
                .isEqualTo("https://" + address);
        assertThat(page.find(By.id("visit-site")).getDomAttribute("href")).as("Visit Site: no primary domain yet")
                .isEqualTo("https://" + address);
        assertThat(page.text(By.id("site-primary-domain"))).startsWith("None");
        assertThat(page.text(By.id("billing-address"))).contains("No billing address yet");
        assertThat(page.text(By.id("invoices"))).containsPattern("INV-\\d{4}-\\d{6}").contains("completed");
        assertThat(page.text(By.id("templates"))).contains("Current template: Bakery");
        assertThat(page.text(By.id("domains"))).contains("not available");
        assertThat(page.text(By.id("profile-email"))).isEqualTo(ann.email());
        assertThat(page.driver.findElements(By.cssSelector(".unavailable"))).isEmpty();
        page.assertAccessible("account page");

        page.driver.manage().window().setSize(new Dimension(1280, 900));
        assertThat(page.top("billing-address")).as("1280 px: address beside the membership, not below it")
                .isEqualTo(page.top("membership"));
        assertThat(page.left("billing-address")).isGreaterThan(page.left("membership") + page.width("membership"));
        assertThat(page.left("domains")).isEqualTo(page.left("billing-address"));
        assertThat(page.left("limits")).isEqualTo(page.left("membership"));
        assertThat(page.top("danger-zone")).as("the danger zone last, across both columns")
                .isGreaterThan(Math.max(page.top("limits"), page.top("domains")));
        assertThat(page.width("danger-zone"))
                .isGreaterThan(page.width("membership") + page.width("billing-address"));
        page.fullPageScreenshot("account_1280", 1280);

        page.driver.manage().window().setSize(new Dimension(390, 844));
        assertThat(page.left("billing-address")).as("390 px: one column").isEqualTo(page.left("membership"));
        assertThat(page.top("billing-address")).as("in the original's order").isGreaterThan(page.top("limits"));
        assertThat(page.top("danger-zone")).isGreaterThan(page.top("domains"));
        assertThat(page.scrollsSideways()).as("nothing overflows sideways at a phone's width").isFalse();
        page.assertAccessible("account page at 390 px");
        page.fullPageScreenshot("account_390", 390);
    }

    @Test
    void changing_the_email_waits_for_the_link_and_the_page_says_so() throws Exception {
        Customer ann = Customers.withPlan("demo-basic");
        Browser page = signedIn(ann);
        markPageLoad(page);
        String newEmail = "new-" + ann.email();

        page.click(By.id("change-email"));
        page.find(By.id("email-newEmail"));
        page.assertAccessible("change email dialog");
        page.type(By.id("email-newEmail"), newEmail);
        page.type(By.id("email-password"), "not my password at all");
        page.click(By.cssSelector("#email-dialog button[type=submit]"));
        assertThat(page.text(By.id("email-password-error"))).contains("is not your current password");
        page.assertAccessible("change email dialog with a field error");
        assertThat(page.find(By.id("email-password")).getAttribute("aria-invalid")).isEqualTo("true");

        page.type(By.id("email-password"), Customers.PASSWORD);
        page.click(By.cssSelector("#email-dialog button[type=submit]"));
        page.waitFor(d -> !d.findElements(By.id("pending-email-notice")).isEmpty());
        assertThat(page.text(By.id("pending-email-notice")))
                .contains("Your sign-in email changes to " + newEmail + " once you open the link we sent there.");
        assertThat(page.text(By.id("profile-email"))).as("nothing changes before the link is opened")
                .isEqualTo(ann.email());
        assertThat(page.text(By.id("profile-pending-email"))).startsWith(newEmail);
        assertThat(page.driver.findElement(By.id("email-dialog")).getDomAttribute("open")).isNull();
        assertThat(samePageLoad(page)).as("shown without reloading the page").isTrue();
    }

    @Test
    void a_bad_postal_code_is_explained_next_to_the_field_and_a_good_address_is_saved() throws Exception {
        Browser page = signedIn(Customers.withPlan("demo-basic"));

        page.click(By.id("update-address"));
        page.find(By.id("address-dialog-title"));
        page.assertAccessible("billing address dialog");
        fillAddressInLyon(page, "ABC");
        page.click(By.cssSelector("#address-dialog button[type=submit]"));

        assertThat(page.text(By.id("address-postalCode-error"))).isNotBlank();
        assertThat(page.find(By.id("address-postalCode")).getAttribute("aria-invalid")).isEqualTo("true");
        page.assertAccessible("billing address dialog with a field error");
        assertThat(page.text(By.id("billing-address"))).contains("No billing address yet");

        page.type(By.id("address-postalCode"), "69001");
        page.click(By.cssSelector("#address-dialog button[type=submit]"));
        page.waitFor(d -> d.findElement(By.id("billing-address")).getText().contains("69001 Lyon"));
        assertThat(page.driver.findElement(By.id("address-dialog")).getDomAttribute("open")).isNull();
    }

    @Test
    void without_javascript_the_billing_address_form_still_works() throws Exception {
        Customer ann = Customers.withPlan("demo-basic");
        browser = new Browser(false);
        Browser page = browser;
        page.signIn(ann.email(), Customers.PASSWORD);
        assertThat(page.text(By.cssSelector("main"))).contains("Without JavaScript you can read everything here");
        assertThat(page.driver.findElement(By.id("delete-account")).isDisplayed())
                .as("actions that need the script are not offered").isFalse();
        page.assertAccessible("account page without JavaScript");

        page.click(By.id("update-address"));
        page.waitFor(d -> d.getCurrentUrl().endsWith("/account/billing-address"));
        page.assertAccessible("billing address form page (without JavaScript)");
        fillAddressInLyon(page, "ABC");
        page.click(By.cssSelector("main form button[type=submit]"));

        assertThat(page.text(By.id("address-postalCode-error"))).isNotBlank();
        assertThat(page.find(By.id("address-city")).getDomProperty("value")).isEqualTo("Lyon");
        page.assertAccessible("billing address form page with a field error");
        page.type(By.id("address-postalCode"), "69001");
        page.click(By.cssSelector("main form button[type=submit]"));

        page.waitFor(d -> d.getCurrentUrl().endsWith("/account?saved=address"));
        assertThat(page.text(By.id("billing-address"))).contains("69001 Lyon");
        assertThat(page.text(By.cssSelector("main"))).contains("Billing address saved.");
        page.assertAccessible("account page with a notice (without JavaScript)");

        page.click(By.id("change-password"));
        page.find(By.id("password-currentPassword"));
        page.assertAccessible("password form page (without JavaScript)");

        page.open("/account/membership");
        page.find(By.id("change-form"));
        page.assertAccessible("membership change page (without JavaScript)");
    }

    @Test
    void without_javascript_a_pending_invoice_is_paid_after_confirming_on_a_page() throws Exception {
        Customers.NewCustomer carol = Customers.create();
        String tag = carol.email().substring(2, 10);
        assertThat(call("POST", gateway("/api/memberships"), carol.token(),
                Customers.membership("demo-basic", "Site " + tag, tag)).status()).isEqualTo(201);
        String number = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> call("GET", gateway("/api/billing/invoices"), carol.token(), null).list(), l -> !l.isEmpty())
                .get(0).get("number").toString();
        browser = new Browser(false);
        Browser page = browser;
        page.signIn(carol.email(), Customers.PASSWORD);
        assertThat(page.text(By.id("invoices"))).contains(number).contains("Payment due");
        page.assertAccessible("account page with a payable invoice (without JavaScript)");

        page.click(By.cssSelector("#invoices form.page-action button[type=submit]"));
        assertThat(page.text(By.id("confirm-question"))).startsWith("Pay " + number + " now");
        page.assertAccessible("confirmation page of an action (without JavaScript)");
        page.click(By.id("confirm-action"));

        page.waitFor(d -> d.getCurrentUrl().endsWith("/account?done=action"));
        assertThat(page.text(By.id("invoices"))).contains("completed").doesNotContain("Payment due");
    }

    @Test
    void changing_the_password_keeps_this_page_signed_in_and_signs_the_other_sessions_out() throws Exception {
        Customer ann = Customers.withPlan("demo-basic");
        try (Browser other = new Browser()) {
            other.signIn(ann.email(), Customers.PASSWORD);
            Browser page = signedIn(ann);

            page.click(By.id("change-password"));
            page.find(By.id("password-currentPassword"));
            page.assertAccessible("password dialog");
            page.type(By.id("password-currentPassword"), Customers.PASSWORD);
            page.type(By.id("password-newPassword"), "short");
            page.type(By.id("password-newPasswordConfirmation"), "short");
            page.click(By.cssSelector("#password-dialog button[type=submit]"));
            assertThat(page.text(By.id("password-newPassword-error"))).isNotBlank();
            page.assertAccessible("password dialog with a field error");

            String fresh = "a brand new passphrase " + UUID.randomUUID();
            page.type(By.id("password-newPassword"), fresh);
            page.type(By.id("password-newPasswordConfirmation"), fresh);
            page.click(By.cssSelector("#password-dialog button[type=submit]"));
            page.waitFor(d -> d.findElement(By.id("live-status")).getAttribute("textContent")
                    .contains("Password changed"));

            // The other browser's open page follows by itself: its live stream ends with the session.
            other.waitFor(d -> d.getCurrentUrl().contains("/login"));
            assertThat(other.text(By.cssSelector("main"))).contains("Your session has ended");
            other.assertAccessible("sign-in page after the session ended");
            other.screenshot("changing_the_password_other_session");

            page.open("/account");
            assertThat(page.text(By.id("profile-email"))).isEqualTo(ann.email());
        }
    }

    @Test
    void an_added_domain_changes_stage_live_when_its_dns_is_fixed() throws Exception {
        Customer bob = Customers.withPlan("demo-pro");
        Browser page = signedIn(bob);
        markPageLoad(page);
        String domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";

        page.click(By.id("add-domain"));
        page.waitFor(d -> !d.findElement(By.id("domain-instructions")).getText().startsWith("Loading"));
        assertThat(page.text(By.id("domain-instructions"))).isNotBlank();
        page.assertAccessible("add domain dialog, instructions");
        page.click(By.cssSelector("#domain-dialog [data-next-step]"));
        page.type(By.id("domain-domain"), domain);
        page.assertAccessible("add domain dialog, the domain's name");
        page.click(By.cssSelector("#domain-dialog input[name=primary]"));
        page.click(By.cssSelector("#domain-dialog form button[type=submit]"));

        By row = By.cssSelector("li[data-domain='" + domain + "']");
        page.waitFor(d -> d.findElement(row).getText().contains("checking-dns"));
        assertThat(page.text(row)).contains("primary");

        dns.a(domain, "127.0.0.1");
        page.waitFor(d -> d.findElement(row).getText().contains("checking-ssl-cert"));
        assertThat(page.text(row)).contains("DNS answer: A 127.0.0.1");
        page.assertAccessible("account page with a domain being checked");
        assertThat(samePageLoad(page)).as("updated without reloading the page").isTrue();
    }

    @Test
    void add_domain_appears_live_when_an_upgrade_allows_custom_domains_and_goes_when_a_downgrade_takes_effect()
            throws Exception {
        Customer ann = Customers.withPlan("demo-basic");
        String token = Customers.signIn(ann.email(), Customers.PASSWORD);
        Browser page = signedIn(ann);
        markPageLoad(page);
        assertThat(page.driver.findElements(By.id("add-domain"))).as("Basic has no custom domains").isEmpty();

        Customers.changePlan(token, "demo-pro");
        page.find(By.id("add-domain"));
        assertThat(page.text(By.id("membership-plan"))).isEqualTo("Pro");

        assertThat(Customers.changePlan(token, "demo-basic")).isEqualTo("scheduled");
        TimePassing.endCurrentPeriod(UUID.fromString(Customers.membershipId(token)));
        page.waitFor(d -> d.findElements(By.id("add-domain")).isEmpty()
                && d.findElement(By.id("membership-plan")).getText().equals("Basic"));
        assertThat(page.text(By.id("limits"))).contains("/ 10");
        assertThat(samePageLoad(page)).as("updated without reloading the page").isTrue();
    }

    @Test
    void another_domain_is_made_primary_after_confirming() throws Exception {
        Customer bob = Customers.withPlan("demo-pro");
        String token = Customers.signIn(bob.email(), Customers.PASSWORD);
        String first = "one-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        String second = "two-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        for (String name : new String[] {first, second}) {
            assertThat(call("POST", gateway("/api/sites/" + bob.siteId() + "/domains"), token,
                    Map.of("domain", name, "primary", name.equals(first))).status()).isEqualTo(201);
        }
        Browser page = signedIn(bob);
        assertThat(page.driver.findElements(By.cssSelector("li[data-domain='" + first + "'] .badge.primary")))
                .hasSize(1);
        assertThat(flags(page, first)).containsExactly("primary", "not secure", "not active");
        assertThat(flags(page, second)).containsExactly("alias", "not secure", "not active");
        assertThat(page.text(By.id("site-primary-domain"))).startsWith(first).endsWith("not active yet");

        page.click(By.cssSelector("li[data-domain='" + second + "'] button[data-path$='/primary']"));
        assertThat(page.text(By.id("confirm-message"))).contains("Make " + second + " the site's primary domain?");
        page.assertAccessible("confirmation dialog (make a domain primary)");
        page.click(By.cssSelector("#confirm-dialog button[type=submit]"));

        page.waitFor(d -> !d.findElements(By.cssSelector("li[data-domain='" + second + "'] .badge.primary")).isEmpty());
        assertThat(page.driver.findElements(By.cssSelector("li[data-domain='" + first + "'] .badge.primary")))
                .isEmpty();
        page.waitFor(d -> d.findElement(By.id("site-primary-domain")).getText().startsWith(second));
        assertThat(page.text(By.cssSelector("li[data-domain='" + first + "'] [data-flag=primary]")))
                .isEqualTo("alias");
    }

    @Test
    void switching_the_template_shows_its_progress_until_done() throws Exception {
        Browser page = signedIn(Customers.withPlan("demo-pro"));

        page.click(By.id("change-template"));
        page.find(By.id("template-dialog-title"));
        page.assertAccessible("template dialog");
        page.click(By.xpath("//dialog[@id='template-dialog']//label[.//strong[text()='Portfolio']]/input"));
        page.click(By.cssSelector("#template-dialog button[type=submit]"));
        assertThat(((JavascriptExecutor) page.driver).executeScript(
                "return document.querySelector('#template-dialog input[name=confirm]').validity.valueMissing"))
                .as("the switch needs the confirmation ticked").isEqualTo(true);
        assertThat(page.driver.findElement(By.id("switch-progress")).isDisplayed()).isFalse();
        page.click(By.cssSelector("#template-dialog input[name=confirm]"));
        page.click(By.cssSelector("#template-dialog button[type=submit]"));

        page.find(By.id("switch-progress"));
        page.waitFor(d -> d.findElement(By.id("switch-status")).getText().equals("Template switched."));
        page.assertAccessible("account page with a template switch's progress");
        page.waitFor(d -> d.findElement(By.id("templates")).getText().contains("Current template: Portfolio"));
    }

    @Test
    void a_plan_upgrade_is_previewed_then_paid_on_the_page_and_the_new_limits_show_live() throws Exception {
        Browser page = signedIn(Customers.withPlan("demo-basic"));

        page.click(By.id("change-membership"));
        page.find(By.id("preview"));
        page.assertAccessible("membership change page");
        page.click(By.xpath("//label[.//strong[text()='Pro']]/input"));
        page.click(By.id("preview"));
        page.find(By.id("preview-panel"));
        assertThat(page.text(By.id("preview-kind"))).isEqualTo("upgrade");
        assertThat(page.text(By.id("preview-due"))).isEqualTo("$35.00");
        assertThat(page.text(By.id("preview-effective"))).isEqualTo("once its invoice is paid");
        assertThat(page.text(By.id("preview-limits"))).containsPattern("Posts: \\d+ used of 100");
        page.screenshot("a_plan_upgrade_preview");
        page.assertAccessible("membership change page with its preview");

        page.click(By.id("confirm-change"));
        page.waitFor(d -> d.getCurrentUrl().contains("/account?changed=awaiting-payment"));
        assertThat(page.text(By.id("pending-change"))).contains("Changing to Pro once its invoice ($35.00) is paid");
        assertThat(page.text(By.id("membership-plan"))).as("nothing granted before payment").isEqualTo("Basic");
        assertThat(page.text(By.cssSelector("#limits [data-limit=posts]"))).contains("/ 10");
        page.assertAccessible("account page with a change awaiting payment");
        markPageLoad(page);

        page.click(By.cssSelector("#pending-change button[data-api='POST']"));
        page.find(By.id("confirm-message"));
        page.assertAccessible("confirmation dialog (pay for a change)");
        page.click(By.cssSelector("#confirm-dialog button[type=submit]"));
        page.waitFor(d -> d.findElement(By.cssSelector("#limits [data-limit=posts]")).getText().contains("/ 100")
                && d.findElement(By.id("membership-plan")).getText().equals("Pro"));
        assertThat(page.driver.findElements(By.id("pending-change"))).isEmpty();
        assertThat(samePageLoad(page)).as("the paid change reached the page live").isTrue();
    }

    @Test
    void a_declined_card_keeps_the_change_pending_and_the_page_says_so() throws Exception {
        Customer ann = Customers.withPlan("demo-basic");
        String token = Customers.signIn(ann.email(), Customers.PASSWORD);
        assertThat(Customers.requestChange(token, "demo-pro")).isEqualTo("awaiting-payment");
        String invoice = Customers.pendingChangeInvoice(token);
        assertThat(call("POST", gateway("/api/billing/invoices/" + invoice + "/payment"), token,
                Map.of("card", "4000 0000 0000 0002")).status()).isEqualTo(402);
        Browser page = signedIn(ann);

        page.waitFor(d -> {
            page.open("/account");
            return !d.findElements(By.id("payment-failure")).isEmpty();
        });
        assertThat(page.text(By.id("payment-failure"))).contains("the card was declined");
        assertThat(page.text(By.id("pending-change"))).contains("Changing to Pro");
        assertThat(page.text(By.id("membership-plan"))).isEqualTo("Basic");
        page.assertAccessible("account page after a declined payment");
    }

    @Test
    void a_cancelled_membership_can_be_resubscribed() throws Exception {
        Browser page = signedIn(Customers.withPlan("demo-basic"));

        page.click(By.cssSelector("button[data-opens='cancel-dialog']"));
        page.find(By.id("cancel-reason"));
        page.assertAccessible("cancel membership dialog");
        new Select(page.find(By.id("cancel-reason"))).selectByValue("other");
        page.type(By.id("cancel-confirm"), "CANCEL");
        page.click(By.cssSelector("#cancel-dialog button[type=submit]"));
        assertThat(page.text(By.id("cancel-details-error"))).isNotBlank();
        page.assertAccessible("cancel membership dialog with a field error");

        page.type(By.id("cancel-details"), "Moving my bakery to a shared site");
        page.click(By.cssSelector("#cancel-dialog button[type=submit]"));
        page.waitFor(d -> d.findElement(By.id("membership-status")).getText().equals("cancelled"));
        page.assertAccessible("account page with a cancelled membership");

        page.click(By.xpath("//section[@id='membership']//button[text()='Resubscribe']"));
        page.find(By.id("confirm-message"));
        page.assertAccessible("confirmation dialog (resubscribe)");
        page.click(By.cssSelector("#confirm-dialog button[type=submit]"));
        page.waitFor(d -> d.findElement(By.id("membership-status")).getText().equals("active"));
        assertThat(page.driver.findElements(By.cssSelector("button[data-opens='cancel-dialog']"))).isNotEmpty();
    }

    @Test
    void deleting_the_site_leaves_the_account_without_a_site() throws Exception {
        Browser page = signedIn(Customers.withPlan("demo-basic"));

        page.click(By.id("delete-site"));
        page.find(By.cssSelector("#delete-site-dialog input[name=confirm]"));
        page.assertAccessible("delete site dialog");
        page.click(By.cssSelector("#delete-site-dialog input[name=confirm]"));
        page.click(By.cssSelector("#delete-site-dialog button[type=submit]"));

        page.waitFor(d -> {
            page.open("/account");
            return d.findElement(By.id("site")).getText().contains("You have no site yet.");
        });
        assertThat(page.driver.findElements(By.id("delete-site"))).isEmpty();
        page.assertAccessible("account page without a site");
    }

    @Test
    void deleting_the_account_signs_the_customer_out_for_good() throws Exception {
        Customer ann = Customers.withPlan("demo-basic");
        Browser page = signedIn(ann);

        page.click(By.id("delete-account"));
        page.find(By.id("delete-account-password"));
        page.assertAccessible("delete account dialog");
        page.click(By.cssSelector("#delete-account-dialog input[name=confirm]"));
        page.type(By.id("delete-account-password"), "not my password at all");
        page.click(By.cssSelector("#delete-account-dialog button[type=submit]"));
        assertThat(page.text(By.cssSelector("#delete-account-dialog .field-error:not([hidden]), "
                + "#delete-account-dialog .form-error:not([hidden])"))).isNotBlank();
        page.assertAccessible("delete account dialog with an error");

        page.type(By.id("delete-account-password"), Customers.PASSWORD);
        page.click(By.cssSelector("#delete-account-dialog button[type=submit]"));

        page.waitFor(d -> d.getCurrentUrl().contains("/login?deleted"));
        assertThat(page.text(By.cssSelector("main"))).contains("Your account is being deleted");
        page.assertAccessible("sign-in page after deleting the account");
        page.open("/account");
        assertThat(page.driver.getCurrentUrl()).contains("/login");
        page.signInRefused(ann.email(), Customers.PASSWORD);
        page.assertAccessible("sign-in page with its error");
    }

    @Test
    void the_page_works_with_the_keyboard_alone_and_escape_closes_each_dialog() throws Exception {
        Customer bob = Customers.withPlan("demo-pro");
        String token = Customers.signIn(bob.email(), Customers.PASSWORD);
        String domain = "keys-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        assertThat(call("POST", gateway("/api/sites/" + bob.siteId() + "/domains"), token,
                Map.of("domain", domain, "primary", false)).status()).isEqualTo(201);
        Browser page = signedIn(bob);
        page.open("/account");
        page.awaitLive();

        List<Browser.Focused> walk = page.tabThroughPage();
        assertThat(walk).extracting(Browser.Focused::name).as("Tab goes through to the page's last control")
                .contains("delete-account");
        assertThat(walk).filteredOn(focused -> !focused.inReadingOrder()).as("focused out of reading order")
                .isEmpty();
        assertThat(walk).filteredOn(focused -> !focused.focusVisible()).as("focused without a visible indicator")
                .isEmpty();
        assertThat(page.unreachableByTab()).as("controls Tab never reaches").isEmpty();

        page.open("/account");
        page.awaitLive();
        for (String opener : List.of("button[data-opens='cancel-dialog']", "#update-address", "#change-template",
                "li[data-domain='" + domain + "'] button[data-path$='/primary']", "#add-domain", "#change-password",
                "#delete-site", "#delete-account")) {
            page.tabTo(opener).sendKeys(Keys.ENTER);
            String dialog = page.find(By.cssSelector("dialog[open]")).getDomAttribute("id");
            assertThat(page.focusedIn("#" + dialog)).as("focus moves into %s", dialog).isTrue();
            assertThat(page.focusOutline()).as("focus visible in %s", dialog).isNotEqualTo("none");

            page.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            page.waitFor(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
            page.waitFor(d -> page.focusedIn(opener)); // focus back on the button that opened the dialog
            assertThat(page.focusOutline()).as("focus visible on %s", opener).isNotEqualTo("none");
        }
    }

    /** A French address in Lyon with the given postal code ("69001" is valid there). */
    private static void fillAddressInLyon(Browser page, String postalCode) {
        page.type(By.id("address-email"), "billing@example.com");
        page.type(By.id("address-line1"), "1 rue de la Farine");
        page.type(By.id("address-city"), "Lyon");
        page.type(By.id("address-country"), "FR");
        page.type(By.id("address-postalCode"), postalCode);
    }

    /** The flags of a domain's row, each read by itself, in their order. */
    private static List<String> flags(Browser page, String domain) {
        return page.waitFor(d -> d.findElements(By.cssSelector("li[data-domain='" + domain + "'] [data-flag]"))
                .stream().map(WebElement::getText).toList());
    }

    /** Leaves a mark on the loaded page; a reload would wipe it. */
    private static void markPageLoad(Browser page) {
        ((JavascriptExecutor) page.driver).executeScript("window.sameLoad = true;");
    }

    private static boolean samePageLoad(Browser page) {
        return Boolean.TRUE.equals(((JavascriptExecutor) page.driver).executeScript("return window.sameLoad === true;"));
    }
}
