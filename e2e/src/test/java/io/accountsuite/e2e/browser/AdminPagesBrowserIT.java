package io.accountsuite.e2e.browser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.accountsuite.e2e.Customers;
import io.accountsuite.e2e.Customers.Customer;
import io.accountsuite.e2e.RunningSuite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static io.accountsuite.e2e.RunningSuite.call;
import static io.accountsuite.e2e.RunningSuite.gateway;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network admin's pages (issue 20) in a real Chromium against the whole suite: the seed's admin guide end to end
 * and what a customer then sees, a half refund that reaches the customer's credit notes, a customer kept out, every
 * page at a phone's width, and forms driven by the keyboard alone. Leaves a screenshot of each step under
 * target/screenshots.
 */
@ExtendWith(RunningSuite.class)
class AdminPagesBrowserIT {

    private static final String ADMIN = Customers.ADMIN;
    private static final String ADMIN_PASSWORD = Customers.DEMO_PASSWORD;

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void screenshotAndClose(TestInfo test) throws Exception {
        for (int i = 0; i < browsers.size(); i++) {
            browsers.get(i).screenshot(test.getTestMethod().orElseThrow().getName() + (i == 0 ? "" : "_" + i));
            browsers.get(i).close();
        }
    }

    @Test
    void the_seed_s_admin_guide_end_to_end_then_a_customer_s_page_offers_exactly_that() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String admin = Customers.admin();
        Map<String, Object> settingsBefore = call("GET", gateway("/api/admin/settings"), admin, null).body();
        Browser page = signedIn(ADMIN, ADMIN_PASSWORD);
        try {
            String journal = createTemplate(page, "Journal " + tag);
            String plan = createPlan(page, "Guide " + tag, "guide-" + tag);
            Map<String, String> templates = templateIds(admin);

            page.open("/admin/products/" + plan + "?tab=templates");
            check(page, "allowTemplates");
            page.click(By.id("templateMode-choose"));
            page.click(By.id("template-" + templates.get("Bakery") + "-available"));
            page.click(By.id("template-" + templates.get("Portfolio") + "-available"));
            page.click(By.id("template-" + journal + "-not-available"));
            page.assertAccessible("admin: a plan's templates tab");
            page.screenshot("admin_guide_plan_templates");
            page.click(By.id("save-product"));
            page.find(By.id("saved"));

            page.open("/admin/products/" + plan + "?tab=domains");
            if (!page.find(By.id("limits.customDomains")).isSelected()) {
                page.click(By.id("limits.customDomains"));
            }
            page.click(By.id("save-product"));
            page.find(By.id("saved"));

            page.open("/admin/settings");
            check(page, "allowTemplateSwitching");
            check(page, "domainMappingEnabled");
            String networkDomain = page.find(By.id("networkDomain")).getDomProperty("value");
            page.type(By.id("addDomainInstructions"), "Point a CNAME for " + tag + " at %NETWORK_DOMAIN%.");
            page.waitFor(d -> d.findElement(By.id("instructions-preview")).getText()
                    .equals("Point a CNAME for " + tag + " at " + networkDomain + "."));
            page.screenshot("admin_guide_settings_preview");
            page.assertAccessible("admin: settings with the instructions' preview");
            page.click(By.id("save-settings"));
            page.find(By.id("saved"));

            Customer customer = Customers.withPlan("guide-" + tag, List.of("changeTemplate", "addDomain"));
            Browser customerPage = signedIn(customer.email(), Customers.PASSWORD);
            assertThat(customerPage.driver.findElements(By.cssSelector("#template-dialog label.choice strong"))
                    .stream().map(name -> name.getDomProperty("textContent")).toList())
                    .as("the plan's available templates, not the one it does not make available")
                    .containsExactlyInAnyOrder("Bakery", "Portfolio");
            customerPage.click(By.id("add-domain"));
            customerPage.waitFor(d -> d.findElement(By.id("domain-instructions")).getText()
                    .equals("Point a CNAME for " + tag + " at " + networkDomain + "."));
        } finally {
            call("PUT", gateway("/api/admin/settings"), admin, settingsBefore);
        }
    }

    @Test
    void an_admin_refunds_half_an_invoice_and_the_customer_sees_the_credit_note() throws Exception {
        Customer customer = Customers.withPlan("demo-basic");
        String admin = Customers.admin();
        String customerId = customerId(admin, customer.email());
        Map<String, Object> invoice = call("GET", gateway("/api/admin/invoices?customerId=" + customerId), admin,
                null).list().get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> refundable = (Map<String, Object>) invoice.get("refundable");
        String half = new BigDecimal(refundable.get("amount").toString()).divide(BigDecimal.valueOf(2), 2,
                RoundingMode.HALF_EVEN).toPlainString();
        String id = invoice.get("id").toString();

        Browser page = signedIn(ADMIN, ADMIN_PASSWORD);
        page.open("/admin/invoices?customerId=" + customerId);
        page.click(By.cssSelector("#invoice-" + id + " summary"));
        page.find(By.id("refund-" + id + "-amount"));
        page.assertAccessible("admin: invoices with a refund form open");
        page.type(By.id("refund-" + id + "-amount"), half);
        page.type(By.id("refund-" + id + "-reason"), "Half the month");
        page.click(By.cssSelector("#invoice-" + id + " .refund-form button[type=submit]"));
        page.find(By.id("notice"));
        page.screenshot("admin_half_refund_done");
        page.assertAccessible("admin: invoices after a refund");

        Browser customerPage = signedIn(customer.email(), Customers.PASSWORD);
        assertThat(customerPage.text(By.cssSelector("[data-credit-note]")))
                .contains("$" + half + " refunded on " + invoice.get("number") + " — Half the month");
    }

    @Test
    void a_customer_who_opens_the_admin_pages_gets_403() throws Exception {
        Customer customer = Customers.withPlan("demo-basic");
        Browser page = signedIn(customer.email(), Customers.PASSWORD);

        for (String path : List.of("/admin", "/admin/products", "/admin/customers")) {
            page.open(path);
            assertThat(page.text(By.tagName("main"))).as(path).contains("This page is for network admins");
            assertThat(page.driver.findElements(By.cssSelector(".admin-nav"))).as(path).isEmpty();
            page.assertAccessible("admin page refused to a customer: " + path);
        }
    }

    @Test
    void every_admin_page_fits_a_phone_and_every_control_is_reached_with_the_tab_key() throws Exception {
        String admin = Customers.admin();
        String customerId = customerId(admin, "ann@example.com");
        String basic = Customers.productId("demo-basic");
        String bakery = templateIds(admin).get("Bakery");
        Browser page = signedIn(ADMIN, ADMIN_PASSWORD);
        page.phoneWidth();

        for (String path : List.of("/admin/overview", "/admin/products", "/admin/products/" + basic + "?tab=general",
                "/admin/products/" + basic + "?tab=limits", "/admin/products/" + basic + "?tab=templates",
                "/admin/products/new?type=plan", "/admin/templates", "/admin/templates/" + bakery,
                "/admin/coupons", "/admin/customers?q=example", "/admin/customers/" + customerId,
                "/admin/customers/new", "/admin/invoices", "/admin/domains", "/admin/settings")) {
            page.open(path);
            page.find(By.tagName("h1"));
            assertThat(page.scrollsSideways()).as("%s scrolls sideways at 390 px", path).isFalse();
            assertThat(page.unreachableByTab()).as("controls of %s that Tab never reaches", path).isEmpty();
            page.assertAccessible("admin: " + path.replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "{id}")
                    + " at 390 px");
            page.screenshot("admin_phone" + path.replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "id")
                    .replaceAll("[^a-z0-9]+", "_"));
        }
    }

    @Test
    void a_coupon_is_created_with_the_keyboard_alone_and_focus_is_always_visible() throws Exception {
        String code = "KEYS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Browser page = signedIn(ADMIN, ADMIN_PASSWORD);
        page.open("/admin/coupons");

        page.tabTo("#code").sendKeys(code);
        assertThat(page.focusOutline()).isNotEqualTo("none");
        page.tabTo("input[name=kind]");
        page.driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        page.tabTo("#value").sendKeys("10");
        page.tabTo("input[name=duration]");
        page.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(page.driver.switchTo().activeElement().getDomAttribute("value")).isEqualTo("repeating");
        page.tabTo("#cycles").sendKeys("3");
        WebElement create = page.tabTo("#create-coupon");
        assertThat(page.focusOutline()).isNotEqualTo("none");
        create.sendKeys(Keys.ENTER);

        page.find(By.id("saved"));
        assertThat(page.text(By.id("coupons"))).contains(code);
        page.assertAccessible("admin: coupons after creating one");
    }

    private Browser signedIn(String email, String password) throws Exception {
        Browser browser = new Browser();
        browsers.add(browser);
        browser.signIn(email, password);
        return browser;
    }

    /** Creates a site template on its page; answers its id. */
    private static String createTemplate(Browser page, String name) {
        page.open("/admin/templates/new");
        page.find(By.id("name"));
        page.assertAccessible("admin: new template");
        page.type(By.id("name"), name);
        page.click(By.id("save-template"));
        page.find(By.id("saved"));
        return lastSegment(page.driver.getCurrentUrl());
    }

    /** Creates an active monthly plan in USD on its page; answers its id. */
    private static String createPlan(Browser page, String name, String slug) {
        page.open("/admin/products/new?type=plan");
        page.find(By.id("name"));
        page.assertAccessible("admin: new plan");
        page.type(By.id("name"), name);
        page.type(By.id("slug"), slug);
        page.type(By.id("price"), "12.00");
        page.type(By.id("currency"), "USD");
        page.type(By.id("periodDuration"), "1");
        new Select(page.find(By.id("periodUnit"))).selectByValue("month");
        check(page, "active");
        page.click(By.id("save-product"));
        page.find(By.id("saved"));
        page.assertAccessible("admin: a plan just saved");
        return lastSegment(page.driver.getCurrentUrl());
    }

    private static void check(Browser page, String id) {
        if (!page.find(By.id(id)).isSelected()) {
            page.click(By.id(id));
        }
    }

    private static String lastSegment(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Map<String, String> templateIds(String admin) {
        Map<String, String> ids = new HashMap<>();
        call("GET", gateway("/api/admin/templates"), admin, null).list()
                .forEach(t -> ids.put(t.get("name").toString(), t.get("id").toString()));
        return ids;
    }

    private static String customerId(String admin, String email) {
        return call("GET", gateway("/api/admin/customers?q=" + email), admin, null).list().stream()
                .filter(c -> email.equals(c.get("email"))).findFirst().orElseThrow().get("id").toString();
    }
}
