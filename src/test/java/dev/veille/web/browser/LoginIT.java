package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The way into the editor in a real browser: the login page, its errors, and the return to where one was. */
class LoginIT extends EditorTest {

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndTheRightOneOpensTheInbox() {
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
        browser.open(editor.url("/#/rubriques"));
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("/login"));

        editor.submitPassword(VeilleEditor.PASSWORD);
        editor.waitForView("rubriques");
        assertTrue(browser.currentUrl().endsWith("/#/rubriques"), browser.currentUrl());
        assertTrue(browser.all(By.cssSelector("#sections li")).size() > 5, "the seeded sections are listed");
    }

    @Test
    void theFirstStartSetupLinkChoosesThePasswordAndOpensTheEditor() {
        editor.close();
        editor = VeilleEditor.startWithoutPassword(CHROMIUM.browser());
        Matcher link = Pattern.compile("(/setup\\?token=[A-Za-z0-9_-]+)").matcher(editor.veille.console());
        assertTrue(link.find(), editor.veille.console());
        browser.open(editor.url(link.group(1)));

        browser.visible(By.id("password")).sendKeys("un mot de passe");
        browser.find(By.id("confirm")).sendKeys("un autre mot de passe");
        browser.find(By.id("confirm")).submit();
        assertEquals("Les deux mots de passe ne sont pas identiques.", browser.visible(By.id("error")).getText());

        browser.find(By.id("password")).sendKeys("un mot de passe");
        browser.find(By.id("confirm")).sendKeys("un mot de passe");
        browser.find(By.id("confirm")).submit();
        editor.waitForView("boite");
        assertEquals(200, editor.veille.send(editor.veille.request("/login")).status());
    }

    @Test
    void anEndedSessionLeadsToTheLoginPageAndBackToTheViewThenLogoutEndsIt() {
        editor.login();
        // The session ends behind the editor's back (expiry, logout from another tab): its next call gets 401.
        browser.js("return fetch('/api/session').then(r => r.json()).then(s => fetch('/logout',"
                + " {method: 'POST', headers: {'X-CSRF-Token': s.csrfToken}})).then(r => r.status);");
        browser.js("location.hash = '#/sources';");
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("/login?next="));
        assertTrue(browser.currentUrl().contains("next=%2F%23%2Fsources"), browser.currentUrl());

        editor.submitPassword(VeilleEditor.PASSWORD);
        editor.waitForView("sources");
        assertTrue(browser.currentUrl().endsWith("/#/sources"), browser.currentUrl());

        browser.find(By.id("logout-button")).click();
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/login"));
        assertEquals(401L, browser.js("return fetch('/api/session').then(r => r.status);"));
    }
}
