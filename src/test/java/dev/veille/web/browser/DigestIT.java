package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.JsonNode;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.RunningVeille.Answer;
import dev.veille.testing.TestFeeds;
import dev.veille.testing.TestFeeds.Entry;

/**
 * The month's post in a real browser: from triage to the Markdown on the clipboard, publishing that freezes the
 * month, the "déjà publié" flag, release roll-ups, and a refused save that keeps the typed text.
 */
class DigestIT extends EditorTest {

    @AfterEach
    void resetPermissions() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.resetPermissions", Map.of());
    }

    private String saveState() {
        return browser.find(By.id("digest-save-state")).getAttribute("data-state");
    }

    private void waitForSaveState(String state) {
        browser.waitUntil(driver -> state.equals(saveState()));
    }

    /** Clicks a control of the page, first scrolled to the middle of the window (clear of the sticky header). */
    private void click(By by) {
        WebElement element = browser.find(by);
        browser.js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Accepts the confirmation the page opens (publish, unpublish, apply a roll-up). */
    private void confirm() {
        browser.waitUntil(driver -> browser.alertIsOpen());
        browser.driver().switchTo().alert().accept();
    }

    private boolean readOnly(String id) {
        return Boolean.parseBoolean(browser.find(By.id(id)).getAttribute("readOnly"));
    }

    @SuppressWarnings("unchecked")
    private List<String> previewHeadings() {
        return (List<String>) browser.js("return [...document.querySelectorAll('#digest-preview h2')]"
                + ".map(h => h.textContent);");
    }

    /** Makes {@code month} a published month holding a link to {@code url}, through the API. */
    private void publishEarlierMonth(String month, String url) {
        editor.createLink(editor.link(url, "Kafka 2.3", "(Big) Data", month).put("commentary", "Déjà vu."));
        Answer published = editor.veille.post("/api/digests/" + month + "/publish", "");
        assertEquals(200, published.status(), published.body());
    }

    @Test
    void fromTriageToTheCopiedMarkdown() {
        publishEarlierMonth("2019-08", "https://kafka.example/2-3");
        editor.addPolledFeed("/data.xml", "(Big) Data",
                Entry.of("Kafka 2.3 est sorti", "https://kafka.example/2-3", "2019-10-07T10:00:00Z"));
        editor.addPolledFeed("/k8s.xml", "Container et Orchestration",
                Entry.of("Traefik 2.0", "https://traefik.example/2-0", "2019-10-06T10:00:00Z"),
                Entry.of("Un billet sans intérêt", "https://traefik.example/bof", "2019-10-05T10:00:00Z"));
        editor.login();
        browser.waitUntil(driver -> browser.all(By.cssSelector("#inbox-items .item")).size() == 3);
        String month = (String) browser.js("return document.getElementById('keep-month').value;");

        // "e" keeps the selected item and opens its editor; back in the inbox the next one is selected.
        editor.press("e");
        writeCommentary("Les transactions **exactement une fois**, enfin simples.");
        editor.show("");
        browser.waitUntil(driver -> browser.all(By.cssSelector("#inbox-items .item")).size() == 2);
        editor.press("e");
        writeCommentary("Traefik 2.0 route aussi le *TCP*.");
        editor.show("");
        browser.waitUntil(driver -> browser.all(By.cssSelector("#inbox-items .item")).size() == 1);
        editor.press("d");
        browser.waitUntil(driver -> browser.all(By.cssSelector("#inbox-items .item")).isEmpty());

        editor.show("mois/" + month);
        browser.find(By.id("digest-intro")).sendKeys("Bonjour à tous, voici la veille du mois.");
        browser.find(By.id("digest-tip-title")).sendKeys("Lire les journaux");
        browser.find(By.id("digest-tip-body")).sendKeys("Utilisez `kubectl logs -f`.");
        browser.find(By.id("digest-outro")).sendKeys("À bientôt !", Keys.TAB); // leaving a field saves at once
        waitForSaveState("saved");
        assertEquals("enregistré", browser.find(By.id("digest-save-state")).getText());
        JsonNode digest = editor.apiGet("/api/digests/" + month);
        assertEquals("Bonjour à tous, voici la veille du mois.", digest.get("intro").asText());
        assertEquals("Lire les journaux", digest.get("tip").get("title").asText());
        assertEquals("À bientôt !", digest.get("outro").asText());

        // The preview is the exported post: sections in order, commentaries, tip; front matter shown above it.
        browser.waitUntil(driver -> previewHeadings().equals(List.of("(Big) Data", "Container et Orchestration",
                "Astuce du mois : Lire les journaux")));
        browser.withText(By.cssSelector("#digest-preview strong"), "exactement une fois");
        browser.withText(By.cssSelector("#digest-preview"), "À bientôt !");
        assertEquals(digest.get("title").asText(), browser.find(By.cssSelector("#digest-front-matter .front-title"))
                .getText());
        assertTrue(browser.find(By.cssSelector("#digest-front-matter .front-date")).getText()
                .contains(digest.get("date").asText()));

        // The link kept again after being published in August says so, on its row and before the export.
        WebElement kafka = browser.find(By.xpath("//li[contains(@class,'month-link')][.//a[text()='Kafka 2.3 est sorti']]"));
        assertTrue(kafka.getText().contains("déjà publié en Août 2019"), kafka.getText());
        assertTrue(browser.find(By.cssSelector("[data-warning='republished']")).getText()
                .contains("Kafka 2.3 est sorti — déjà publié en Août 2019"));
        assertEquals(0, browser.all(By.cssSelector("[data-warning='no-commentary']")).size());

        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", editor.url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        click(By.id("copy-markdown"));
        browser.waitUntil(driver -> "copied".equals(browser.find(By.id("copy-state")).getAttribute("data-state")));
        assertEquals("copié", browser.find(By.id("copy-state")).getText());
        String clipboard = (String) chrome.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('clipboard unreadable: ' + e));");
        String exported = editor.veille.get("/api/digests/" + month + "/markdown").body();
        assertEquals(exported, clipboard, "the clipboard holds the export, byte for byte");
        assertTrue(exported.contains("- [Kafka 2.3 est sorti](https://kafka.example/2-3) : Les transactions "
                + "**exactement une fois**, enfin simples."), exported);

        // Without a clipboard API the Markdown is shown selected in a read-only field, ready for Ctrl+C.
        browser.js("Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true});");
        click(By.id("copy-markdown"));
        browser.waitUntil(driver -> "selected".equals(browser.find(By.id("copy-state")).getAttribute("data-state")));
        WebElement fallback = browser.find(By.id("markdown-text"));
        assertTrue(fallback.isDisplayed());
        assertEquals(exported, fallback.getAttribute("value"));
        assertEquals(exported.length(), ((Number) browser.js("const t = arguments[0];"
                + "return document.activeElement === t && t.selectionStart === 0 ? t.selectionEnd : -1;", fallback))
                .intValue(), "the whole text is selected");

        Answer download = editor.veille.get(browser.find(By.id("month-export")).getAttribute("href")
                .substring(editor.url("").length()));
        assertEquals(exported, download.body());
        assertEquals("attachment; filename=\"" + month + "-web-ops-data.md\"",
                download.response().headers().firstValue("Content-Disposition").orElse(null));
        assertEquals(List.of(), browser.consoleErrors());
    }

    private void writeCommentary(String text) {
        editor.waitForView("liens");
        browser.find(By.id("link-commentary")).sendKeys(text);
        browser.waitUntil(driver -> "saved".equals(browser.find(By.id("save-state")).getAttribute("data-state"))
                && browser.find(By.id("link-commentary")).getAttribute("value").equals(text));
    }

    /** Keeps Grafana 6.4.3, 6.4.1 and 6.4.0 in October and shows the month, suggesting them as one bullet. */
    private WebElement showGrafanaReleases() {
        editor.web.on("/grafana/grafana/releases.atom", CannedResponse.ok("application/atom+xml",
                TestFeeds.githubReleases("grafana/grafana", "v6.4.3", "v6.4.1", "v6.4.0")));
        Answer github = editor.veille.post("/api/sources",
                "{\"kind\":\"github\",\"repo\":\"grafana/grafana\",\"title\":\"Grafana\",\"section\":\"Dataviz\"}");
        assertEquals(201, github.status(), github.body());
        assertEquals(200, editor.veille.post("/api/sources/" + github.json().get("id").asLong() + "/poll", "").status());
        for (JsonNode item : editor.apiGet("/api/items").get("items")) {
            Answer kept = editor.veille.post("/api/items/" + item.get("id").asLong() + "/keep", "{\"month\":\"2019-10\"}");
            assertEquals(201, kept.status(), kept.body());
        }
        editor.login();
        editor.show("mois/2019-10");
        return browser.visible(By.cssSelector("[data-warning='rollup']"));
    }

    @Test
    void aRollupRefusedBecauseTheKeptLinkChangedElsewhereSaysWhyAndChangesNothing() {
        WebElement rollup = showGrafanaReleases();
        long kept = Long.parseLong(rollup.getAttribute("data-kept"));
        assertEquals(200, editor.veille.patch("/api/links/" + kept, "{\"commentary\":\"Écrit ailleurs.\"}").status());

        rollup.findElement(By.cssSelector(".apply-rollup")).click();
        confirm();

        browser.withText(By.cssSelector(".toast-error"), "Regroupement impossible : link " + kept
                + " was changed elsewhere: you edited version 1, the stored one is version 2");
        assertEquals(List.of("v6.4.3", "v6.4.1", "v6.4.0"), editor.linkTitles("2019-10"), "nothing folded");
        browser.waitUntil(driver -> browser.find(By.cssSelector("[data-warning='rollup'] .apply-rollup")).isEnabled());
    }

    @Test
    void aRollupIsAppliedThenPublishingFreezesTheMonthAndUnpublishingOpensIt() {
        WebElement rollup = showGrafanaReleases();
        assertTrue(rollup.getText().contains("Grafana 6.4.0 → 6.4.3"), rollup.getText());
        rollup.findElement(By.cssSelector(".apply-rollup")).click();
        confirm();
        browser.waitUntil(driver -> editor.linkTitles("2019-10").equals(List.of("Grafana 6.4.0 → 6.4.3"))
                && browser.all(By.cssSelector("[data-warning='rollup']")).isEmpty());
        JsonNode link = editor.apiGet("/api/links?month=2019-10").get(0);
        assertEquals("https://github.com/grafana/grafana/releases/tag/v6.4.3", link.get("url").asText());
        assertEquals(List.of("https://github.com/grafana/grafana/releases/tag/v6.4.0",
                "https://github.com/grafana/grafana/releases/tag/v6.4.1"),
                link.get("related").findValuesAsText("url"));
        browser.waitUntil(driver -> browser.all(By.cssSelector(".month-link")).size() == 1);
        String requests = editor.veille.get("/metrics").body();
        assertTrue(requests.contains("veille_http_requests_total{method=\"POST\",route=\"/api/digests/{month}/rollups/apply\","
                + "status=\"200\"} 1\n") && !requests.contains("method=\"PATCH\",route=\"/api/links/{id}\"")
                && !requests.contains("method=\"DELETE\",route=\"/api/links/{id}\""),
                "one request applies the roll-up, no link is patched or deleted one by one: " + requests);

        click(By.id("publish"));
        confirm();
        browser.waitUntil(driver -> "published".equals(browser.find(By.id("digest-status")).getAttribute("data-status")));
        assertEquals("published", editor.apiGet("/api/digests/2019-10").get("status").asText());
        assertTrue(browser.find(By.id("digest-status")).getText().startsWith("Publié le"));
        assertTrue(browser.find(By.id("frozen-notice")).isDisplayed());
        for (String id : List.of("digest-title", "digest-intro", "digest-tip-title", "digest-tip-body", "digest-outro")) {
            assertTrue(readOnly(id), id + " is read-only");
        }
        assertFalse(browser.find(By.id("digest-tags")).isEnabled());
        assertFalse(browser.find(By.id("digest-tags-reset")).isEnabled());
        assertTrue(browser.all(By.cssSelector(".month-link button, .month-link select")).stream()
                .noneMatch(WebElement::isEnabled), "the link rows are frozen");
        assertFalse(browser.find(By.id("publish")).isDisplayed());
        browser.withText(By.id("digest-archive"), "Octobre 2019");
        assertEquals("page", browser.find(By.cssSelector("#digest-archive a[data-month='2019-10']"))
                .getAttribute("aria-current"));

        click(By.id("unpublish"));
        confirm();
        browser.waitUntil(driver -> "draft".equals(browser.find(By.id("digest-status")).getAttribute("data-status")));
        assertFalse(readOnly("digest-intro"));
        assertFalse(browser.find(By.id("frozen-notice")).isDisplayed());
        assertTrue(browser.find(By.cssSelector(".month-link [data-action='postpone']")).isEnabled());
        browser.waitUntil(driver -> !browser.find(By.id("digest-archive")).getText().contains("Octobre 2019"));
        browser.find(By.id("digest-intro")).sendKeys("Rouvert.");
        waitForSaveState("saved");
        browser.waitUntil(driver -> "Rouvert.".equals(editor.apiGet("/api/digests/2019-10").get("intro").asText()));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aSaveRefusedBecauseTheMonthWasPublishedElsewhereKeepsTheTextUntilUnpublished() {
        editor.createLink(editor.link("https://k8s.example/1-16", "Kubernetes 1.16", "Container et Orchestration",
                "2019-10").put("commentary", "Les CRD sont stables."));
        editor.login();
        editor.show("mois/2019-10");
        assertEquals("draft", browser.find(By.id("digest-status")).getAttribute("data-status"));
        assertEquals(200, editor.veille.post("/api/digests/2019-10/publish", "").status()); // in another tab

        String intro = "Une intro écrite pendant qu'un autre onglet publiait.";
        browser.find(By.id("digest-intro")).sendKeys(intro);
        waitForSaveState("conflict");
        String state = browser.find(By.id("digest-save-state")).getText();
        assertTrue(state.startsWith("refusé : ce mois est publié (the digest of 2019-10 is published"), state);
        assertEquals(intro, browser.find(By.id("digest-intro")).getAttribute("value"), "the text stays in the form");
        String draft = (String) browser.js("return localStorage.getItem('veille.draft.digest.2019-10');");
        assertTrue(draft != null && draft.contains(intro), "a draft keeps the text: " + draft);
        browser.waitUntil(driver -> "published".equals(browser.find(By.id("digest-status")).getAttribute("data-status")));
        assertTrue(readOnly("digest-intro"), "the month shows as published");
        assertEquals("", editor.apiGet("/api/digests/2019-10").get("intro").asText());

        editor.reload("mois"); // the draft survives a reload, shown while the month is frozen
        assertEquals(intro, browser.find(By.id("digest-intro")).getAttribute("value"));
        assertTrue(browser.find(By.id("digest-draft-restored")).getText().contains("quand vous dépublierez"));

        click(By.id("unpublish"));
        confirm();
        browser.waitUntil(driver -> intro.equals(editor.apiGet("/api/digests/2019-10").get("intro").asText()));
        waitForSaveState("saved");
        assertNull(browser.js("return localStorage.getItem('veille.draft.digest.2019-10');"), "no draft once saved");
        browser.withText(By.cssSelector("#digest-preview"), "Une intro écrite");
    }
}
