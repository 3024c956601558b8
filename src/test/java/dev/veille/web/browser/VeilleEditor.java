package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;
import dev.veille.testing.TestFeeds;
import dev.veille.testing.TestFeeds.Entry;

/**
 * The editor under test: the real Veille (temporary SQLite, random port, a curator password), a local server
 * for its feeds and pages, and the browser pointed at it. Setting data up goes through the API with the bearer
 * token, so each test drives the browser only for what it is about.
 */
final class VeilleEditor implements AutoCloseable {

    /** The curator's password; the server wants at least 8 characters. */
    static final String PASSWORD = "secret-veille";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Browser browser;
    final LocalHttpServer web;
    final RunningVeille veille;

    private VeilleEditor(Browser browser, Map<String, String> env) {
        this.browser = browser;
        this.web = LocalHttpServer.start();
        this.veille = RunningVeille.start(web.url(""), env);
    }

    static VeilleEditor start(Browser browser) {
        return new VeilleEditor(browser, Map.of("VEILLE_PASSWORD", PASSWORD));
    }

    /** A first start: no password yet, the console shows a one-time setup link. */
    static VeilleEditor startWithoutPassword(Browser browser) {
        return new VeilleEditor(browser, Map.of());
    }

    /** The editor's address for a path ("/login") or a route ("/#/mois"). */
    String url(String pathAndHash) {
        return veille.baseUrl() + pathAndHash;
    }

    /** Logs in through the login page and waits for the editor to show its first view. */
    VeilleEditor login() {
        browser.open(url("/login"));
        submitPassword(PASSWORD);
        waitForView("boite");
        return this;
    }

    void submitPassword(String password) {
        WebElement field = browser.visible(By.id("password"));
        field.sendKeys(password);
        field.submit();
    }

    /** Goes to a route of the editor (e.g. "mois/2019-10") and waits until its view is shown. */
    void show(String route) {
        browser.js("document.getElementById('view').dataset.view = '';"
                + "if (location.hash === arguments[0]) window.dispatchEvent(new HashChangeEvent('hashchange'));"
                + "else location.hash = arguments[0];", "#/" + route);
        waitForView(route.isEmpty() ? "boite" : route.split("[/?]")[0]);
    }

    /** Reloads the page and waits for the view. */
    void reload(String view) {
        browser.driver().navigate().refresh();
        waitForView(view);
    }

    void waitForView(String view) {
        browser.waitUntil(driver -> browser.js(
                "const v = document.getElementById('view');"
                        + "return v !== null && v.dataset.view === arguments[0] && !v.hasAttribute('aria-busy');",
                view));
    }

    /** Presses keys on the page itself (nothing focused), as the keyboard shortcuts expect. */
    void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    void escape() {
        press(Keys.ESCAPE);
    }

    /** Serves an RSS feed at {@code path}, adds it as a source of {@code section} and polls it once. */
    long addPolledFeed(String path, String section, Entry... entries) {
        web.on(path, CannedResponse.ok("application/rss+xml; charset=utf-8", TestFeeds.rss("Blog " + path, entries)));
        ObjectNode body = JSON.createObjectNode().put("kind", "feed").put("url", web.url(path)).put("section", section);
        Answer created = veille.post("/api/sources", body.toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        Answer polled = veille.post("/api/sources/" + id + "/poll", "");
        assertEquals(200, polled.status(), polled.body());
        assertEquals("ok", polled.json().get("result").asText(), polled.body());
        return id;
    }

    /** Creates a link through the API: a JSON object with at least url and title. */
    JsonNode createLink(ObjectNode link) {
        Answer created = veille.post("/api/links", link.toString());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    ObjectNode link(String url, String title, String section, String month) {
        return JSON.createObjectNode().put("url", url).put("title", title).put("section", section).put("month", month);
    }

    JsonNode apiGet(String path) {
        Answer answer = veille.get(path);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    /** The titles of a month's links in post order, as the API gives them. */
    List<String> linkTitles(String month) {
        JsonNode links = apiGet("/api/links?month=" + month);
        return java.util.stream.StreamSupport.stream(links.spliterator(), false)
                .map(link -> link.get("title").asText()).toList();
    }

    @Override
    public void close() {
        try {
            veille.close();
        } finally {
            web.close();
        }
    }
}
