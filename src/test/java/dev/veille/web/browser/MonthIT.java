package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A month's post in a real browser: links by section, reordered, moved to another section or month. */
class MonthIT extends EditorTest {

    @SuppressWarnings("unchecked")
    private List<String> titlesIn(String section) {
        return (List<String>) browser.js("return [...document.querySelectorAll("
                + "`.month-section[data-section='${arguments[0]}'] .month-link-title`)].map(a => a.textContent);", section);
    }

    private WebElement row(String title) {
        return browser.find(By.xpath("//li[contains(@class,'month-link')][.//a[@class='month-link-title' and text()='"
                + title + "']]"));
    }

    @Test
    void reorderingTwoLinksOfASectionIsStoredAndShownAfterAReload() {
        editor.createLink(editor.link("https://aws.example/a", "AWS Lambda", "Cloud", "2019-10")
                .put("commentary", "Des *fonctions*."));
        editor.createLink(editor.link("https://gcp.example/b", "Cloud Run", "Cloud", "2019-10"));
        editor.createLink(editor.link("https://k8s.example/c", "Kubernetes 1.16", "Container et Orchestration", "2019-10"));
        editor.login();
        editor.show("mois/2019-10");

        assertEquals("Web, Ops & Data - Octobre 2019", browser.find(By.cssSelector("#view h1")).getText());
        assertEquals("3 liens · 2 sans commentaire", browser.find(By.id("month-summary")).getText());
        List<String> sections = browser.all(By.cssSelector(".month-section h2")).stream()
                .map(h -> h.getText().replaceAll(" \\d+$", "")).toList();
        assertEquals(List.of("Cloud", "Container et Orchestration"), sections, "section order");
        assertEquals(List.of("AWS Lambda", "Cloud Run"), titlesIn("Cloud"));
        assertTrue(row("Cloud Run").getText().contains("sans commentaire"));
        assertTrue(!row("AWS Lambda").getText().contains("sans commentaire"));

        row("AWS Lambda").findElement(By.cssSelector("[data-action='down']")).click();
        browser.waitUntil(driver -> titlesIn("Cloud").equals(List.of("Cloud Run", "AWS Lambda")));
        assertEquals(List.of("Cloud Run", "AWS Lambda", "Kubernetes 1.16"), editor.linkTitles("2019-10"));

        editor.reload("mois");
        browser.waitUntil(driver -> titlesIn("Cloud").equals(List.of("Cloud Run", "AWS Lambda")));
        row("AWS Lambda").findElement(By.cssSelector("[data-action='up']")).click();
        browser.waitUntil(driver -> titlesIn("Cloud").equals(List.of("AWS Lambda", "Cloud Run")));
        assertEquals(List.of("AWS Lambda", "Cloud Run", "Kubernetes 1.16"), editor.linkTitles("2019-10"));

        String post = (String) browser.js("return fetch(document.getElementById('month-export').href)"
                + ".then(r => r.text());");
        assertTrue(post.indexOf("AWS Lambda") < post.indexOf("Cloud Run"), "the export follows the order: " + post);
    }

    @Test
    void aLinkMovesToAnotherSectionAndToNextMonth() {
        editor.createLink(editor.link("https://aws.example/a", "AWS Lambda", "Cloud", "2019-10"));
        editor.createLink(editor.link("https://k8s.example/c", "Kubernetes 1.16", "Cloud", "2019-10"));
        editor.login();
        editor.show("mois/2019-10");

        new Select(row("Kubernetes 1.16").findElement(By.cssSelector("select[data-action='section']")))
                .selectByVisibleText("Container et Orchestration");
        browser.waitUntil(driver -> titlesIn("Container et Orchestration").equals(List.of("Kubernetes 1.16")));
        assertEquals("Container et Orchestration", editor.apiGet("/api/links?month=2019-10&section=Container%20et%20Orchestration")
                .get(0).get("section").asText());

        row("AWS Lambda").findElement(By.cssSelector("[data-action='postpone']")).click();
        browser.waitUntil(driver -> titlesIn("Cloud").isEmpty());
        assertEquals(List.of("AWS Lambda"), editor.linkTitles("2019-11"));
        assertEquals(List.of("Kubernetes 1.16"), editor.linkTitles("2019-10"));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
