package dev.veille.web.browser;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for the whole test run, started before the first test that needs it and closed when the run
 * ends (it lives in the root context's store); each test starts with no cookies and a laptop-sized window.
 * The availability check runs before each test, so a machine without Chromium reports every test as skipped
 * by name (and CI reports them as failed), never "Tests run: 0". {@link EditorTest} registers it for every
 * browser test.
 */
public final class BrowserExtension implements BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    private Browser browser;

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser.assumeAvailable();
        browser = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent("chromium", key -> Browser.start(), Browser.class);
        browser.forgetCookies();
        browser.resize(1280, 900);
        browser.consoleErrors(); // starts each test with an empty console
    }

    public Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("the browser starts before each test; use it from a test method");
        }
        return browser;
    }
}
