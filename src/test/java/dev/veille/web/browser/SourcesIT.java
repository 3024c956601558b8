package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.TestFeeds;
import dev.veille.testing.TestFeeds.Entry;

/** The sources page in a real browser: adding a feed with the form, checking it now, seeing its health. */
class SourcesIT extends EditorTest {

    @Test
    void aFeedAddedWithTheFormIsCheckedOnDemandAndShowsItsHealth() {
        editor.web.on("/traefik.xml", CannedResponse.ok("application/rss+xml; charset=utf-8", TestFeeds.rss(
                "Blog de Traefik",
                Entry.of("Traefik 2.0", "https://traefik.example/2-0", "2019-09-16T10:00:00Z"),
                Entry.of("Traefik 2.1", "https://traefik.example/2-1", "2019-12-09T10:00:00Z"))));
        editor.login();
        editor.show("sources");

        browser.find(By.cssSelector("#add-source > summary")).click();
        WebElement form = browser.visible(By.cssSelector("#add-source form"));
        form.findElement(By.name("url")).sendKeys(editor.web.url("/traefik.xml"));
        form.findElement(By.name("section")).sendKeys("Web");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement card = browser.visible(By.xpath("//li[contains(@class,'source')][.//h2[contains(., 'Blog de Traefik')]]"));
        assertTrue(card.getText().contains("Rubrique : Web"), card.getText());
        assertTrue(card.getText().contains("jamais vérifiée"), card.getText());
        JsonNode sources = editor.apiGet("/api/sources");
        assertEquals(1, sources.size());
        long id = sources.get(0).get("id").asLong();

        card.findElement(By.cssSelector(".poll-button")).click();
        By result = By.cssSelector("li[data-id='" + id + "'] .poll-result");
        browser.withText(result, "Vérifiée : 2 nouveaux éléments");
        WebElement checked = browser.find(By.cssSelector("li[data-id='" + id + "']"));
        assertTrue(checked.getText().contains("en forme"), checked.getText());
        assertEquals(2, editor.apiGet("/api/items?source=" + id).get("items").size());

        editor.web.on("/traefik.xml", CannedResponse.status(503));
        browser.find(By.cssSelector("li[data-id='" + id + "'] .poll-button")).click();
        browser.withText(result, "Échec de la vérification");
        WebElement failing = browser.find(By.cssSelector("li[data-id='" + id + "']"));
        assertTrue(failing.getText().contains("en erreur"), failing.getText());
        assertTrue(failing.getText().contains("Dernière erreur"), failing.getText());
        assertTrue(failing.getText().matches("(?s).*Erreurs consécutives\\s+1.*"), failing.getText());
    }
}
