package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import dev.veille.testing.CannedResponse;

/** Adding a link by its URL: the header form, the page's title read by the server, and the bookmarklet. */
class AddLinkIT extends EditorTest {

    @BeforeEach
    void serveAnArticle() {
        editor.web.on("/article.html", CannedResponse.ok("text/html; charset=utf-8", """
                <!doctype html><html><head><title>Blog</title>
                <meta property="og:title" content="Traefik 2.0 est sorti">
                <meta name="description" content="Le proxy passe au TCP et aux middlewares."></head>
                <body><h1>Traefik 2.0</h1></body></html>"""));
    }

    @Test
    void aUrlTypedInTheHeaderBecomesALinkWithThePagesTitle() {
        editor.login();
        browser.find(By.id("add-url")).sendKeys(editor.web.url("/article.html"), Keys.ENTER);
        editor.waitForView("ajouter");

        browser.waitUntil(driver -> "Traefik 2.0 est sorti".equals(
                browser.find(By.id("add-link-title")).getAttribute("value")));
        browser.withText(By.id("page-description"), "Le proxy passe au TCP");
        new Select(browser.find(By.id("add-link-section"))).selectByVisibleText("Web");
        browser.find(By.cssSelector("#add-link-form button[type='submit']")).click();

        editor.waitForView("liens");
        assertEquals("Traefik 2.0 est sorti", browser.find(By.id("link-title")).getAttribute("value"));
        JsonNode link = editor.apiGet("/api/links?q=Traefik").get(0);
        assertEquals(editor.web.url("/article.html"), link.get("url").asText());
        assertEquals("Web", link.get("section").asText());
        assertTrue(browser.currentUrl().endsWith("#/liens/" + link.get("id").asLong()), browser.currentUrl());
    }

    @Test
    void theBookmarkletOpensTheAddFormWithTheAddressAndTitleOfThePageItRunsOn() {
        editor.login();
        editor.show("marque-page");
        String href = browser.find(By.id("bookmarklet")).getAttribute("href");
        assertTrue(href.startsWith("javascript:"), href);
        assertTrue(URLDecoder.decode(href, StandardCharsets.UTF_8).contains(editor.url("/#/ajouter?url=")), href);

        // Run it as a browser runs a bookmark: on another site's page (one without our CSP).
        String editorWindow = browser.driver().getWindowHandle();
        browser.open(editor.web.url("/article.html"));
        browser.js(URLDecoder.decode(href.substring("javascript:".length()), StandardCharsets.UTF_8));
        String added = browser.waitUntil(driver -> {
            Set<String> handles = driver.getWindowHandles();
            return handles.size() == 2 ? handles.stream().filter(h -> !h.equals(editorWindow)).findFirst().orElse(null)
                    : null;
        });
        browser.driver().switchTo().window(added);
        try {
            editor.waitForView("ajouter");
            assertEquals(editor.web.url("/article.html"), browser.find(By.id("add-link-url")).getAttribute("value"));
            assertEquals("Blog", browser.find(By.id("add-link-title")).getAttribute("value"),
                    "the title the bookmarklet read from the page wins over the one the server finds");
        } finally {
            browser.driver().close();
            browser.driver().switchTo().window(editorWindow);
        }
    }
}
