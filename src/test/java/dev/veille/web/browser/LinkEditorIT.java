package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.JsonNode;

/** The link editor in a real browser: autosave, accents, failures that keep the text, and edit conflicts. */
class LinkEditorIT extends EditorTest {

    private static final String ACCENTS = "Sécurité, déjà, où, ça";

    private long openNewLink() {
        JsonNode link = editor.createLink(editor.link("https://grafana.example/6-4", "Grafana 6.4", "Dataviz", "2019-10"));
        editor.login();
        editor.show("liens/" + link.get("id").asLong());
        return link.get("id").asLong();
    }

    private String saveState() {
        return browser.find(By.id("save-state")).getAttribute("data-state");
    }

    private void waitForSaveState(String state) {
        browser.waitUntil(driver -> state.equals(saveState()));
    }

    private WebElement commentary() {
        return browser.find(By.id("link-commentary"));
    }

    @Test
    void aCommentaryWithAccentsIsSavedByItselfAndSurvivesAReload() {
        long id = openNewLink();
        assertEquals("enregistré", browser.find(By.id("save-state")).getText());

        commentary().sendKeys("**" + ACCENTS + "**");
        assertTrue(List.of("pending", "saving", "saved").contains(saveState()), saveState());
        waitForSaveState("saved");
        assertEquals("enregistré", browser.find(By.id("save-state")).getText());
        browser.withText(By.cssSelector(".preview strong"), ACCENTS);

        editor.reload("liens");
        assertEquals("**" + ACCENTS + "**", commentary().getAttribute("value"));
        JsonNode stored = editor.apiGet("/api/links/" + id);
        assertEquals("**" + ACCENTS + "**", stored.get("commentary").asText());
        assertEquals(2, stored.get("version").asInt());
        assertEquals(null, browser.js("return localStorage.getItem('veille.draft.link." + id + "');"),
                "no draft is left once saved");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void tagsRelatedLinksAndViaAreSavedWithTheText() {
        long id = openNewLink();
        WebElement tags = browser.find(By.id("link-tags"));
        tags.sendKeys("grafana", Keys.ENTER);
        tags.sendKeys("Dataviz,");
        browser.find(By.cssSelector(".related .link-button")).click();
        browser.find(By.cssSelector(".related-url")).sendKeys("https://grafana.example/blog");
        browser.find(By.cssSelector(".related-title")).sendKeys("Le billet de l'annonce");
        browser.find(By.id("link-via-title")).sendKeys("Le blog de Grafana");
        browser.find(By.id("link-via-url")).sendKeys("https://grafana.example/");
        commentary().click();
        waitForSaveState("saved");
        browser.waitUntil(driver -> editor.apiGet("/api/links/" + id).get("via").hasNonNull("url"));

        JsonNode stored = editor.apiGet("/api/links/" + id);
        assertEquals("[\"grafana\",\"dataviz\"]", stored.get("tags").toString());
        assertEquals("https://grafana.example/blog", stored.get("related").get(0).get("url").asText());
        assertEquals("Le billet de l'annonce", stored.get("related").get(0).get("title").asText());
        assertEquals("Le blog de Grafana", stored.get("via").get("title").asText());
    }

    @Test
    void aFailedSaveKeepsTheTypedTextShowsTheErrorAndCanRecreateTheLink() {
        long id = openNewLink();
        assertEquals(204, editor.veille.delete("/api/links/" + id).status()); // deleted elsewhere: PATCH answers 404

        commentary().sendKeys(ACCENTS);
        waitForSaveState("failed");
        assertTrue(browser.find(By.id("save-state")).getText().startsWith("échec de l'enregistrement"),
                browser.find(By.id("save-state")).getText());
        assertEquals(ACCENTS, commentary().getAttribute("value"), "the text stays in the form");
        String draft = (String) browser.js("return localStorage.getItem('veille.draft.link." + id + "');");
        assertTrue(draft != null && draft.contains(ACCENTS), "a draft keeps the text: " + draft);

        browser.find(By.id("recreate-link")).click();
        browser.waitUntil(driver -> editor.apiGet("/api/links?month=2019-10").size() == 1);
        editor.waitForView("liens");
        waitForSaveState("saved");
        JsonNode links = editor.apiGet("/api/links?month=2019-10");
        assertEquals(1, links.size());
        assertEquals(ACCENTS, links.get(0).get("commentary").asText());
        assertEquals("Grafana 6.4", links.get(0).get("title").asText());
        assertEquals(ACCENTS, commentary().getAttribute("value"));
    }

    @Test
    void aSaveWhileOfflineIsRetriedUntilTheServerAnswers() {
        long id = openNewLink();
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            commentary().sendKeys(ACCENTS);
            waitForSaveState("retrying");
            assertTrue(browser.find(By.id("save-state")).getText().contains("nouvel essai dans"),
                    browser.find(By.id("save-state")).getText());
            assertEquals(ACCENTS, commentary().getAttribute("value"));
        } finally {
            chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            chrome.executeCdpCommand("Network.disable", Map.of());
        }
        waitForSaveState("saved");
        assertEquals(ACCENTS, editor.apiGet("/api/links/" + id).get("commentary").asText());
    }

    @Test
    void anEditMadeElsewhereShowsBothTextsAndTheCuratorKeepsTheirs() {
        long id = openNewLink();
        assertEquals(200, editor.veille.patch("/api/links/" + id,
                "{\"commentary\":\"Texte écrit ailleurs\",\"version\":1}").status());

        commentary().sendKeys("Mon texte à moi");
        waitForSaveState("conflict");
        WebElement conflict = browser.visible(By.id("conflict"));
        assertEquals("Mon texte à moi", conflict.findElement(By.cssSelector(".conflict-mine pre")).getText());
        assertEquals("Texte écrit ailleurs", conflict.findElement(By.cssSelector(".conflict-theirs pre")).getText());
        assertEquals("Mon texte à moi", commentary().getAttribute("value"));

        browser.find(By.id("conflict-keep-mine")).click();
        waitForSaveState("saved");
        assertEquals(0, browser.all(By.id("conflict")).size());
        JsonNode stored = editor.apiGet("/api/links/" + id);
        assertEquals("Mon texte à moi", stored.get("commentary").asText());
        assertEquals(3, stored.get("version").asInt());
    }

    @Test
    void anEditElsewhereOfAnotherFieldIsMergedWithoutAsking() {
        long id = openNewLink();
        assertEquals(200, editor.veille.patch("/api/links/" + id, "{\"title\":\"Grafana 6.4 est là\"}").status());

        commentary().sendKeys("Nouveau panneau de logs");
        waitForSaveState("saved");
        assertEquals(0, browser.all(By.id("conflict")).size());
        assertEquals("Grafana 6.4 est là", browser.find(By.id("link-title")).getAttribute("value"));
        JsonNode stored = editor.apiGet("/api/links/" + id);
        assertEquals("Grafana 6.4 est là", stored.get("title").asText());
        assertEquals("Nouveau panneau de logs", stored.get("commentary").asText());
    }
}
