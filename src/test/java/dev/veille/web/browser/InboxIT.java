package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.RunningVeille.Answer;
import dev.veille.testing.TestFeeds;
import dev.veille.testing.TestFeeds.Entry;

/** Triage in the inbox with a real browser: keyboard, pages of items, untrusted titles, the help overlay. */
class InboxIT extends EditorTest {

    /** Read in one script: rows are replaced as items are triaged, so element handles would go stale. */
    @SuppressWarnings("unchecked")
    private List<String> itemTitles() {
        return (List<String>) browser.js("return [...document.querySelectorAll('#inbox-items .item-title')]"
                + ".map(title => title.textContent);");
    }

    private String selectedTitle() {
        return (String) browser.js("return document.querySelector(\"#inbox-items li[aria-current='true'] .item-title\")"
                + "?.textContent ?? null;");
    }

    @Test
    void keepingAnItemWithTheKeyboardMakesItALinkOfTheMonthView() {
        editor.addPolledFeed("/k8s.xml", "Container et Orchestration",
                Entry.of("Kubernetes 1.16 est sorti", "https://k8s.example/116", "2019-10-07T10:00:00Z"),
                Entry.of("Helm 3 en bêta", "https://k8s.example/helm3", "2019-10-06T10:00:00Z"),
                Entry.of("Un vieux billet", "https://k8s.example/old", "2019-10-01T10:00:00Z"));
        editor.login();
        browser.waitUntil(driver -> itemTitles().size() == 3);
        assertEquals(List.of("Kubernetes 1.16 est sorti", "Helm 3 en bêta", "Un vieux billet"), itemTitles());
        assertEquals("Kubernetes 1.16 est sorti", selectedTitle());
        assertTrue(browser.find(By.cssSelector("#inbox-items li time")).getText().matches("7 oct\\. 2019"),
                "dates are French: " + browser.find(By.cssSelector("#inbox-items li time")).getText());

        editor.press("j");
        assertEquals("Helm 3 en bêta", selectedTitle());
        editor.press("k");
        editor.press("j");
        String month = (String) browser.js("return document.getElementById('keep-month').value;");
        editor.press("g");

        browser.waitUntil(driver -> itemTitles().size() == 2);
        assertEquals(List.of("Kubernetes 1.16 est sorti", "Un vieux billet"), itemTitles());
        assertEquals("Un vieux billet", selectedTitle(), "the next item is selected after a keep");
        browser.withText(By.cssSelector(".toasts"), "Gardé dans");

        editor.press("d");
        browser.waitUntil(driver -> itemTitles().size() == 1);
        assertEquals(1, editor.apiGet("/api/items?status=dismissed").get("items").size());
        editor.press("u");
        browser.waitUntil(driver -> itemTitles().size() == 2);

        editor.show("mois/" + month);
        WebElement section = browser.visible(By.cssSelector(".month-section[data-section='Container et Orchestration']"));
        assertEquals("Helm 3 en bêta", section.findElement(By.cssSelector(".month-link-title")).getText());
        assertTrue(section.getText().contains("sans commentaire"), section.getText());

        JsonNode links = editor.apiGet("/api/links?month=" + month);
        assertEquals(1, links.size());
        assertEquals("https://k8s.example/helm3", links.get(0).get("url").asText());
        assertEquals("Container et Orchestration", links.get(0).get("section").asText());
        assertEquals(0, editor.apiGet("/api/items?status=dismissed").get("items").size(),
                "the dismissal was undone");
        assertEquals(2, editor.apiGet("/api/items?status=new").get("items").size());
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** The marks shown after the date of the item with that title: version, pre-release, duplicate. */
    private String marksOf(String title) {
        return (String) browser.js("const row = [...document.querySelectorAll('#inbox-items li')]"
                + ".find(li => li.querySelector('.item-title').textContent === arguments[0]);"
                + "return [...row.querySelectorAll('.item-meta .badge')].map(b => b.textContent).join(' ');", title);
    }

    @Test
    void fiftyItemsRenderQuicklyAndTheNextPageLoadsOnDemand() {
        Instant first = Instant.parse("2019-10-20T10:00:00Z");
        Entry[] entries = IntStream.range(0, 60)
                .mapToObj(i -> new Entry("Article n° " + i, "https://blog.example/" + i, null,
                        first.minusSeconds(3600L * i)))
                .toArray(Entry[]::new);
        editor.addPolledFeed("/many.xml", "Web", entries);
        editor.login();

        browser.waitUntil(driver -> itemTitles().size() == 50);
        double renderMs = Double.parseDouble(browser.find(By.id("inbox-items")).getAttribute("data-render-ms"));
        assertTrue(renderMs < 100, "50 items rendered in " + renderMs + " ms");

        browser.js("document.querySelector('.more-button').scrollIntoView()");
        browser.waitUntil(driver -> itemTitles().size() == 60);
        assertEquals("Article n° 59", itemTitles().get(59));
        assertFalse(browser.find(By.cssSelector(".more-button")).isDisplayed(), "no more pages");
    }

    @Test
    void untrustedTitlesShowAsTextAndNeverRun() {
        // Escaped twice in the XML, so the stored titles are the literal characters of the markup.
        editor.addPolledFeed("/evil.xml", "Sécurité",
                Entry.of("&lt;img src=x onerror=alert(1)&gt;", "https://evil.example/1", "2019-10-07T10:00:00Z"),
                Entry.of("&lt;script&gt;alert(2)&lt;/script&gt;", "https://evil.example/2", "2019-10-06T10:00:00Z"),
                Entry.of("&lt;img src=x onerror=\"window.__xss=1\"&gt;", "https://evil.example/3",
                        "2019-10-05T10:00:00Z"));
        editor.createLink(editor.link("https://evil.example/4", "<img src=x onerror=\"window.__xss=2\">", "Sécurité",
                "2019-10").put("commentary", "<script>window.__xss=3</script> <img src=x onerror=\"window.__xss=4\">"
                + " [clic](javascript:window.__xss=5)"));
        editor.login();

        browser.waitUntil(driver -> itemTitles().size() == 3);
        assertEquals(List.of("<img src=x onerror=alert(1)>", "<script>alert(2)</script>",
                "<img src=x onerror=\"window.__xss=1\">"), itemTitles());
        assertEquals(0, browser.all(By.cssSelector("#inbox-items img, #inbox-items script")).size());

        editor.show("mois/2019-10");
        assertEquals("<img src=x onerror=\"window.__xss=2\">",
                browser.visible(By.cssSelector(".month-link-title")).getText());
        browser.find(By.cssSelector(".month-link-title")).click();
        editor.waitForView("liens");
        assertEquals("<img src=x onerror=\"window.__xss=2\">",
                browser.find(By.id("link-title")).getAttribute("value"));
        WebElement preview = browser.withText(By.cssSelector(".preview"), "<script>window.__xss=3</script>");
        assertEquals(0, preview.findElements(By.cssSelector("script, img[onerror], a[href^='javascript']")).size(),
                preview.getAttribute("innerHTML"));

        assertFalse(browser.alertIsOpen(), "no alert() ran");
        assertNull(browser.js("return window.__xss;"), "no injected handler ran");
    }

    @Test
    void releasesAndDuplicatesAreMarkedAndTheHelpOverlayListsTheShortcuts() {
        editor.web.on("/helm/helm/releases.atom", CannedResponse.ok("application/atom+xml",
                TestFeeds.githubReleases("helm/helm", "v3.0.0", "v3.0.0-rc.1")));
        Answer github = editor.veille.post("/api/sources",
                "{\"kind\":\"github\",\"repo\":\"helm/helm\",\"includePrereleases\":true}");
        assertEquals(201, github.status(), github.body());
        assertEquals(200, editor.veille.post("/api/sources/" + github.json().get("id").asLong() + "/poll", "").status());
        editor.addPolledFeed("/blog.xml", "Container et Orchestration", Entry.of("Helm 3 est sorti",
                "https://github.com/helm/helm/releases/tag/v3.0.0", "2019-11-14T10:00:00Z"));
        editor.login();
        browser.waitUntil(driver -> itemTitles().size() == 3);
        assertEquals("doublon", marksOf("Helm 3 est sorti"));
        assertEquals("v3.0.0", marksOf("v3.0.0"));
        assertEquals("v3.0.0-rc.1 pré-version", marksOf("v3.0.0-rc.1"));

        editor.press("?");
        WebElement help = browser.visible(By.id("help-overlay"));
        String text = help.getText();
        for (String expected : List.of("Raccourcis clavier", "Élément suivant", "Élément précédent", "Garder",
                "Écarter", "Ouvrir dans un nouvel onglet", "Rechercher", "Annuler la dernière action")) {
            assertTrue(text.contains(expected), "help lists '" + expected + "': " + text);
        }
        List<String> keys = help.findElements(By.tagName("kbd")).stream().map(WebElement::getText).toList();
        assertTrue(keys.containsAll(List.of("j", "k", "g", "e", "d", "o", "u", "/", "?")), keys.toString());

        editor.escape();
        browser.waitUntil(driver -> !browser.find(By.id("help-overlay")).isDisplayed());
        editor.press("/");
        assertEquals("inbox-search", browser.driver().switchTo().activeElement().getAttribute("id"));
    }
}
