package io.accountsuite.e2e.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.accountsuite.e2e.Customers;
import io.accountsuite.e2e.Customers.Customer;
import io.accountsuite.e2e.Mailbox;
import io.accountsuite.e2e.RunningSuite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite in French (issue 21) in a real Chromium against the whole suite: a French browser's first pages, a
 * customer who switches the account page to French and finds it kept at the next sign-in and in their mails, and
 * the admin pages in French; axe-core on each, screenshots at 1280 and 390 px under target/screenshots.
 */
@ExtendWith(RunningSuite.class)
class LanguagesBrowserIT {

    private static final String ADMIN = Customers.ADMIN;
    private static final String ADMIN_PASSWORD = Customers.DEMO_PASSWORD;
    /** Money as French CLDR writes dollars: digits, a comma, two decimals, a (narrow) no-break space, "$US". */
    private static final String FRENCH_DOLLARS = "[\\d\\u202f\\u00a0]+,\\d{2}[\\s\\u202f\\u00a0]\\$US";

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void screenshotAndClose(TestInfo test) throws Exception {
        for (int i = 0; i < browsers.size(); i++) {
            browsers.get(i).screenshot(test.getTestMethod().orElseThrow().getName() + (i == 0 ? "" : "_" + i));
            browsers.get(i).close();
        }
    }

    @Test
    void a_browser_that_prefers_french_gets_the_sign_in_and_sign_up_pages_in_french() throws Exception {
        Browser page = kept(Browser.preferring("fr-FR,fr"));
        page.open("/login");
        assertThat(language(page)).isEqualTo("fr");
        assertThat(page.text(By.tagName("h1"))).isEqualTo("Se connecter");
        assertThat(page.find(By.cssSelector("nav.languages a")).getDomAttribute("hreflang")).isEqualTo("en");
        page.assertAccessible("sign-in page in French");

        page.click(By.id("sign-up"));
        page.waitFor(d -> d.getCurrentUrl().endsWith("/signup"));
        assertThat(page.text(By.tagName("h1"))).isEqualTo("Créer un compte");
        page.assertAccessible("sign-up page in French");
        page.fullPageScreenshot("signup_fr_390", 390);
    }

    @Test
    void a_customer_who_chooses_french_reads_the_page_and_the_mails_in_french_and_keeps_it() throws Exception {
        Customer ann = Customers.withPlan("demo-basic");
        Browser page = kept(new Browser());
        page.signIn(ann.email(), Customers.PASSWORD);
        assertThat(language(page)).isEqualTo("en");

        page.click(By.id("switch-language"));
        page.waitFor(d -> "fr".equals(d.findElement(By.tagName("html")).getDomAttribute("lang"))
                && "true".equals(d.findElement(By.tagName("html")).getDomAttribute("data-enhanced")));
        assertThat(page.text(By.id("membership-title"))).isEqualTo("Votre abonnement");
        assertThat(page.text(By.id("membership-total"))).matches(FRENCH_DOLLARS + ".*");
        assertThat(page.driver.getPageSource()).as("no key missing from the French bundles").doesNotContain("??");
        page.assertAccessible("account page in French");

        page.driver.manage().window().setSize(new Dimension(1280, 900));
        page.fullPageScreenshot("account_fr_1280", 1280);
        page.click(By.id("change-email"));
        page.find(By.cssSelector("#email-dialog[open]"));
        page.assertAccessible("change email dialog in French");
        page.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        page.waitFor(d -> d.findElement(By.id("email-dialog")).getDomAttribute("open") == null);

        page.driver.manage().window().setSize(new Dimension(390, 844));
        assertThat(page.scrollsSideways()).as("French words are longer: still nothing sideways at 390 px").isFalse();
        page.assertAccessible("account page in French at 390 px");
        page.fullPageScreenshot("account_fr_390", 390);

        String token = Customers.signIn(ann.email(), Customers.PASSWORD);
        assertThat(call("GET", gateway("/api/account/profile"), token, null).string("language")).isEqualTo("fr");
        Browser later = kept(new Browser());
        later.signIn(ann.email(), Customers.PASSWORD);
        assertThat(language(later)).as("the saved language, not the browser's English").isEqualTo("fr");

        String moved = "fr-" + ann.email();
        assertThat(call("POST", gateway("/api/account/email"), token,
                Map.of("password", Customers.PASSWORD, "newEmail", moved)).status()).isEqualTo(204);
        new Mailbox(moved).awaitSubject("Confirmez votre nouvelle adresse e-mail");
    }

    @Test
    void an_admin_reads_the_admin_pages_in_french() throws Exception {
        Browser page = kept(new Browser());
        page.signIn(ADMIN, ADMIN_PASSWORD);
        page.open("/admin/overview?lang=fr");
        for (String path : List.of("/admin/overview", "/admin/products", "/admin/templates", "/admin/coupons",
                "/admin/customers", "/admin/invoices", "/admin/domains", "/admin/settings")) {
            page.open(path);
            page.find(By.tagName("h1"));
            assertThat(language(page)).as(path).isEqualTo("fr");
            assertThat(page.driver.getPageSource()).as("%s: no key missing", path).doesNotContain("??");
            page.assertAccessible(path + " in French");
        }
        page.open("/admin/overview");
        page.fullPageScreenshot("admin_overview_fr_1280", 1280);
    }

    private Browser kept(Browser browser) {
        browsers.add(browser);
        return browser;
    }

    private static String language(Browser page) {
        return page.find(By.tagName("html")).getDomAttribute("lang");
    }
}
