package io.accountsuite.e2e.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.accountsuite.e2e.RunningSuite;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine's Chromium, headless, driven through its own chromedriver (Debian's chromium and chromium-driver
 * packages; nothing is downloaded). One fresh profile per browser, so sessions never leak between tests.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    // A deadline, not a pause: generous, so a busy machine only makes a journey slower, never red.
    private static final Duration WAIT = Duration.ofSeconds(30);

    final WebDriver driver;
    private final Path profile;
    private final boolean javascript;

    Browser() throws IOException {
        this(true);
    }

    /** {@code javascript} false: the page's scripts are blocked, as for a visitor who turned them off. */
    Browser(boolean javascript) throws IOException {
        this(javascript, "en-US,en");
    }

    /** A browser whose reader prefers {@code languages} (its Accept-Language list, "fr-FR,fr"). */
    static Browser preferring(String languages) throws IOException {
        return new Browser(true, languages);
    }

    private Browser(boolean javascript, String languages) throws IOException {
        this.javascript = javascript;
        profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1200,1600", "--user-data-dir=" + profile,
                "--lang=" + languages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        if (!javascript) {
            // Through DevTools rather than the profile's content setting, which would also stop axe-core's timers.
            pageScripts(false);
        }
    }

    /** Lets the page's scripts run or not (with none, every page is parsed as with JavaScript turned off). */
    private void pageScripts(boolean run) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !run));
    }

    void open(String path) {
        // localhost, not 127.0.0.1: browsers keep Secure cookies over plain HTTP only on localhost.
        driver.get("http://localhost:" + RunningSuite.PORT_BASE + path);
    }

    void signIn(String email, String password) {
        open("/login");
        type(By.id("email"), email);
        type(By.id("password"), password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/account") && !d.findElements(By.id("profile-email")).isEmpty());
        if (javascript) {
            // The page's script marks the document once its handlers are in place.
            waitFor(d -> "true".equals(d.findElement(By.tagName("html")).getDomAttribute("data-enhanced")));
        }
    }

    /** Signs in and expects to be refused, staying on the sign-in page with its error. */
    void signInRefused(String email, String password) {
        open("/login");
        type(By.id("email"), email);
        type(By.id("password"), password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(d -> !d.findElements(By.id("sign-in-error")).isEmpty());
    }

    WebElement find(By by) {
        return waitFor(d -> displayed(d, by));
    }

    void click(By by) {
        waitFor(d -> {
            var found = d.findElements(by);
            if (found.isEmpty() || !found.get(0).isDisplayed() || !found.get(0).isEnabled()) {
                return null;
            }
            found.get(0).click();
            return true;
        });
    }

    void type(By by, String text) {
        waitFor(d -> {
            WebElement field = displayed(d, by);
            if (field == null) {
                return null;
            }
            field.clear();
            field.sendKeys(text);
            return true;
        });
    }

    /** The element's text, read in the same poll that finds it: live updates swap blocks under a held element. */
    String text(By by) {
        return waitFor(d -> {
            WebElement element = displayed(d, by);
            return element == null ? null : element.getText();
        });
    }

    /**
     * Waits for a condition on the page (polling, with a deadline), answering its non-null, non-false value. An
     * element replaced while the condition reads it (the page swaps its blocks in place on live events) counts as
     * "not yet", not as a failure.
     */
    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    private static WebElement displayed(WebDriver driver, By by) {
        var found = driver.findElements(by);
        return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    }

    /** Makes the window a phone's: 390 CSS pixels wide (an iPhone 12 to 15), 844 high. */
    void phoneWidth() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /** Whether the page scrolls sideways: its content is wider than the window. */
    boolean scrollsSideways() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    /** Presses Tab until the focused element matches {@code css} (at most 80 times); answers it. */
    WebElement tabTo(String css) {
        for (int i = 0; i < 80; i++) {
            WebElement focused = driver.switchTo().activeElement();
            if ((Boolean) ((JavascriptExecutor) driver).executeScript("return arguments[0].matches(arguments[1])",
                    focused, css)) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css);
    }

    /**
     * The rendered, visible, enabled controls of the page's {@code main} (not those inside a closed details) that
     * pressing Tab from the top never focuses (a radio group counts as reached when one of its buttons is, as Tab
     * enters a group once); each named by its id, name or text.
     */
    @SuppressWarnings("unchecked")
    List<String> unreachableByTab() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long controls = (Long) js.executeScript(CONTROLS + "document.activeElement.blur(); return controls.length;");
        for (long i = 0; i < controls + 40; i++) {
            js.executeScript("if (document.activeElement) document.activeElement.dataset.tabbed = 'yes';");
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        return (List<String>) js.executeScript(CONTROLS + """
                const reached = e => e.dataset.tabbed === 'yes' || (e.type === 'radio'
                    && [...document.getElementsByName(e.name)].some(r => r.dataset.tabbed === 'yes'));
                return controls.filter(e => !reached(e))
                    .map(e => e.id || e.name || e.textContent.trim().slice(0, 40));""");
    }

    private static final String CONTROLS = """
            const controls = [...document.querySelectorAll('main a[href], main button, main summary, main select,'
                + ' main textarea, main input:not([type=hidden])')]
                .filter(e => e.checkVisibility({visibilityProperty: true}) && !e.disabled);
            """;

    /**
     * Waits until the account page's live stream is open and the page has re-read its blocks once, as it does when
     * the stream opens: from then on its controls stay in place until something happens.
     */
    void awaitLive() {
        waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                return document.body.dataset.live === 'on' && performance.getEntriesByType('resource')
                    .some(e => e.initiatorType === 'fetch' && new URL(e.name).pathname === '/account');"""));
    }

    /** Whether the focused element is, or is inside, the first element matching {@code css}. */
    boolean focusedIn(String css) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector(arguments[0]); return !!e && e.contains(document.activeElement);",
                css);
    }

    /** The focused element's outline as drawn: a visible focus indicator has a style other than none. */
    String focusOutline() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle");
    }

    /**
     * Runs axe-core's WCAG 2.1 level AA rules on what the page shows now (an open dialog with the inert page behind
     * it), notes {@code state} in target/accessibility.md, and fails on any violation, naming its rule and elements.
     */
    void assertAccessible(String state) {
        List<Accessibility.Violation> found;
        if (javascript) {
            found = Accessibility.violations((JavascriptExecutor) driver);
        } else {
            // The page was parsed without scripts (its noscript content shown); scripts allowed now for axe-core
            // only, since those of the page ran at parsing or never.
            pageScripts(true);
            try {
                found = Accessibility.violations((JavascriptExecutor) driver);
            } finally {
                pageScripts(false);
            }
        }
        Accessibility.record(state, found);
        assertThat(found).as("axe-core's WCAG 2.1 AA violations on %s", state).isEmpty();
    }

    /**
     * One element Tab focused on the way through a page.
     *
     * @param name          its id, name or text
     * @param inReadingOrder whether it comes after the element focused before it in the document, the order the page
     *                      is read in (no positive tabindex, no focus jumping back)
     * @param focusVisible  whether it draws a focus indicator: an outline of some width, or a shadow
     */
    record Focused(String name, boolean inReadingOrder, boolean focusVisible) {
    }

    /**
     * On a page just loaded, presses Tab from its top until focus leaves the page or comes back to an element it
     * already reached (at most 200 times); answers each element focused, in turn.
     */
    @SuppressWarnings("unchecked")
    List<Focused> tabThroughPage() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.focusWalk = {previous: null, seen: new Set()};");
        List<Focused> walk = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Map<String, Object> step = (Map<String, Object>) js.executeScript(FOCUS_STEP);
            if (step == null) {
                break;
            }
            walk.add(new Focused((String) step.get("name"), (Boolean) step.get("inOrder"),
                    (Boolean) step.get("visible")));
        }
        return walk;
    }

    private static final String FOCUS_STEP = """
            const e = document.activeElement, walk = window.focusWalk;
            if (!e || e === document.body || e === document.documentElement || walk.seen.has(e)) return null;
            const previous = walk.previous;
            walk.previous = e;
            walk.seen.add(e);
            const s = getComputedStyle(e);
            return {name: e.id || e.getAttribute('name') || e.textContent.trim().slice(0, 40) || e.tagName,
                inOrder: !previous || (previous.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
                visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'};
            """;

    /**
     * A screenshot of the whole page at {@code width} CSS pixels: the window is made as tall as the page for the
     * shot, then set back.
     */
    void fullPageScreenshot(String name, int width) throws IOException {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(width, (int) height + 100));
        screenshot(name);
        driver.manage().window().setSize(before);
    }

    /** Where the element of this id starts on the page, in CSS pixels from the left. */
    long left(String id) {
        return box(id, "left");
    }

    /** Where the element of this id starts on the page, in CSS pixels from the top. */
    long top(String id) {
        return box(id, "top");
    }

    long width(String id) {
        return box(id, "width");
    }

    private long box(String id, String side) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("const r = document.getElementById(arguments[0])"
                + ".getBoundingClientRect(); return Math.round(r[arguments[1]] + (arguments[1] === 'top'"
                + " ? window.scrollY : arguments[1] === 'left' ? window.scrollX : 0));", id, side)).longValue();
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
