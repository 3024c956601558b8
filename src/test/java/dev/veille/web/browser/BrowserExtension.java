package dev.veille.web.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium per test class, started before the first test that needs it and closed after the last. The
 * availability check runs before each test, so a machine without Chromium reports every test as skipped by
 * name (and CI reports them as failed), never "Tests run: 0". Register it on a static field:
 * {@code @RegisterExtension static final BrowserExtension CHROMIUM = new BrowserExtension();}
 */
public final class BrowserExtension implements BeforeEachCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser.assumeAvailable();
        if (browser == null) {
            browser = Browser.start();
        } else {
            browser.forgetCookies();
        }
        browser.consoleErrors(); // starts each test with an empty console
        browser.resize(1280, 900);
    }

    public Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("the browser starts before each test; use it from a test method");
        }
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
