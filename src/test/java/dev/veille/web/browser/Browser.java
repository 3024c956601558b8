package dev.veille.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by Selenium, for the editor's browser tests: the machine's Chromium and
 * chromedriver (never downloaded: with both paths set Selenium Manager stays offline), a fresh profile in a
 * short temporary folder, explicit waits, and the browser console for CSP violations and script errors.
 *
 * <p>{@link #assumeAvailable()} skips a test on a machine without Chromium, and fails it in CI ({@code CI=true}),
 * where a missing browser must never pass silently.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("veille.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("veille.chromedriver", "/usr/bin/chromedriver"));
    /** Long enough for a cold JVM's first answers; waits end as soon as their condition holds. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    /** Call first in each browser test (or use {@link BrowserExtension}): skips on a laptop, fails in CI. */
    public static void assumeAvailable() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String message = "Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER + "): install them "
                + "with 'apt-get install -y chromium chromium-driver', or point -Dveille.chromium and "
                + "-Dveille.chromedriver at them";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI must run the browser tests: " + message);
        }
        Assumptions.abort("browser test skipped: " + message);
    }

    /** Starts Chromium headless at a laptop's window size. */
    public static Browser start() {
        assumeAvailable();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path base = Path.of("/tmp"); // short: Chromium's socket paths break under a deep TMPDIR
        Path profile;
        Path home;
        try {
            profile = Files.createTempDirectory(base, "vch");
            home = Files.createDirectories(profile.resolve("home"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the browser's profile folder", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--lang=fr-FR",
                "--window-size=1280,900", "--user-data-dir=" + profile.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString(), "TMPDIR", base.toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
        return new Browser(driver, service, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Forgets every cookie, so the next test starts logged out. */
    public void forgetCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Waits until {@code condition} gives a non-null, non-false value, and returns it. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        try {
            // A condition reading a list the page is redrawing may hold a replaced element: look again.
            return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(50))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + TIMEOUT.toSeconds() + " s in vain; the page now: " + describePage(), e);
        }
    }

    /** Where the browser is and what it shows, for failure messages. */
    public String describePage() {
        try {
            Object text = driver.executeScript("return document.body ? document.body.innerText : '';");
            String shown = String.valueOf(text);
            return driver.getCurrentUrl() + "\n--- page text ---\n"
                    + (shown.length() > 2000 ? shown.substring(0, 2000) + "…" : shown)
                    + "\n--- console errors ---\n" + String.join("\n", consoleErrors());
        } catch (RuntimeException e) {
            return "(page unreadable: " + e.getMessage() + ")";
        }
    }

    /** Waits until the element is displayed. */
    public WebElement visible(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element's text contains {@code text}, and returns the element. */
    public WebElement withText(By by, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Types into the element focused in the page (as a user would, key by key). */
    public void typeInFocused(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** True when a JavaScript alert, confirm or prompt is open. */
    public boolean alertIsOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** Console messages at SEVERE level since the last call: CSP violations and uncaught script errors show here. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover profile in /tmp is harmless
        }
    }
}
