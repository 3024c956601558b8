package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The way into the editor in a real browser: the login page, its errors, and the return to where one was. */
class LoginIT {

    @RegisterExtension
    static final BrowserExtension CHROMIUM = new BrowserExtension();

    private VeilleEditor editor;

    @BeforeEach
    void start() {
        editor = VeilleEditor.start(CHROMIUM.browser());
    }

    @AfterEach
    void stop() {
        editor.close();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndTheRightOneOpensTheInbox() {
        Browser browser = editor.browser;
        browser.open(editor.url("/"));
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("/login?next="));

        editor.submitPassword("not the password");
        assertEquals("Mot de passe incorrect.", browser.visible(By.id("error")).getText());
        assertTrue(browser.currentUrl().contains("error=1"), browser.currentUrl());

        editor.submitPassword(VeilleEditor.PASSWORD);
        editor.waitForView("boite");
        assertEquals("Boîte de réception", browser.visible(By.cssSelector("#view h1")).getText());
        assertEquals("Boîte de réception · Veille", browser.driver().getTitle());
        assertEquals(java.util.List.of(), browser.consoleErrors());
    }

    @Test
    void afterLoginTheEditorReturnsToTheRouteThatWasAsked() {
        Browser browser = editor.browser;
        browser.open(editor.url("/#/rubriques"));
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("/login"));

        editor.submitPassword(VeilleEditor.PASSWORD);
        editor.waitForView("rubriques");
        assertTrue(browser.currentUrl().endsWith("/#/rubriques"), browser.currentUrl());
        assertTrue(browser.all(By.cssSelector("#sections li")).size() > 5, "the seeded sections are listed");
    }

    @Test
    void loggingOutEndsTheSession() {
        editor.login();
        editor.browser.find(By.id("logout-button")).click();
        editor.browser.waitUntil(driver -> driver.getCurrentUrl().contains("/login"));

        editor.browser.open(editor.url("/#/sources"));
        editor.browser.waitUntil(driver -> driver.getCurrentUrl().contains("/login?next="));
        assertEquals(401, editor.veille.send(editor.veille.request("/api/session")).status());
    }
}
