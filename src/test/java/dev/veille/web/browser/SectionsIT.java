package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The sections page in a real browser: add, rename, edit keywords, move, and delete only when empty. */
class SectionsIT extends EditorTest {

    private List<String> storedNames() {
        return StreamSupport.stream(editor.apiGet("/api/sections").spliterator(), false)
                .map(section -> section.get("name").asText()).toList();
    }

    /** The names the page shows; the list is drawn again after each change, so rows are read after it. */
    @SuppressWarnings("unchecked")
    private List<String> shownNames() {
        return (List<String>) browser.js("return [...document.querySelectorAll('#sections li input.section-name')].map(i => i.value);");
    }

    private void waitUntilShownAsStored() {
        browser.waitUntil(driver -> shownNames().equals(storedNames()));
    }

    private WebElement row(String name) {
        return browser.find(By.cssSelector("#sections li[data-id='" + id(name) + "']"));
    }

    private long id(String name) {
        return StreamSupport.stream(editor.apiGet("/api/sections").spliterator(), false)
                .filter(section -> section.get("name").asText().equals(name)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    /** Clicks a row's button as a curator would: scrolled to the middle first, clear of the sticky header. */
    private void click(WebElement button) {
        browser.js("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    @Test
    void sectionsAreAddedRenamedMovedAndDeletedOnlyWhenEmpty() {
        editor.createLink(editor.link("https://aws.example/a", "AWS Lambda", "Cloud", "2019-10"));
        editor.login();
        editor.show("rubriques");

        browser.find(By.id("new-section")).sendKeys("Observabilité", Keys.ENTER);
        browser.waitUntil(driver -> storedNames().contains("Observabilité"));
        waitUntilShownAsStored();
        assertEquals("Observabilité", storedNames().get(storedNames().size() - 1), "added at the end");

        WebElement name = row("Observabilité").findElement(By.cssSelector("input.section-name"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Observabilité et APM", Keys.ENTER);
        browser.waitUntil(driver -> storedNames().contains("Observabilité et APM"));
        waitUntilShownAsStored();

        int before = storedNames().indexOf("Observabilité et APM");
        click(row("Observabilité et APM").findElement(By.cssSelector("[data-action='up']")));
        browser.waitUntil(driver -> storedNames().indexOf("Observabilité et APM") == before - 1);
        waitUntilShownAsStored();

        click(row("Cloud").findElement(By.cssSelector("[data-action='delete']")));
        browser.driver().switchTo().alert().accept();
        WebElement error = browser.visible(By.cssSelector(".view-sections .notice-error"));
        assertTrue(error.getText().contains("contient encore des liens"), error.getText());
        assertTrue(storedNames().contains("Cloud"));

        click(row("Observabilité et APM").findElement(By.cssSelector("[data-action='delete']")));
        browser.driver().switchTo().alert().accept();
        browser.waitUntil(driver -> !storedNames().contains("Observabilité et APM"));
        browser.waitUntil(driver -> browser.all(By.cssSelector("#sections li")).size() == storedNames().size());
    }

    @Test
    void keywordsAreEditedByKeyboardAndSavedForTheGuesses() {
        editor.login();
        editor.show("rubriques");

        WebElement keywords = row("SQL").findElement(By.cssSelector("input.section-keywords-input"));
        assertEquals("Mots-clés de la rubrique SQL", keywords.getAttribute("aria-label"));
        assertTrue(keywords.getAttribute("value").contains("PostgreSQL"), keywords.getAttribute("value"));
        WebElement hint = browser.find(By.id(keywords.getAttribute("aria-describedby")));
        assertEquals("séparés par des virgules ; ils servent à suggérer la rubrique des nouveaux liens", hint.getText());

        keywords.sendKeys(Keys.chord(Keys.CONTROL, "a"), " PostgreSQL , DuckDB,, duckdb ", Keys.ENTER);
        browser.waitUntil(driver -> storedKeywords("SQL").equals(List.of("PostgreSQL", "DuckDB")));
        browser.withText(By.cssSelector(".toasts"), "Mots-clés enregistrés : SQL");
        browser.waitUntil(driver -> "PostgreSQL, DuckDB".equals(
                row("SQL").findElement(By.cssSelector("input.section-keywords-input")).getAttribute("value")));

        WebElement again = row("SQL").findElement(By.cssSelector("input.section-keywords-input"));
        again.sendKeys(Keys.chord(Keys.CONTROL, "a"), "x".repeat(61), Keys.ENTER);
        WebElement error = browser.visible(By.cssSelector(".view-sections .notice-error"));
        assertTrue(error.getText().contains("dépasse 60 caractères"), error.getText());
        assertEquals(List.of("PostgreSQL", "DuckDB"), storedKeywords("SQL"), "nothing stored");
    }

    private List<String> storedKeywords(String name) {
        List<String> keywords = new java.util.ArrayList<>();
        StreamSupport.stream(editor.apiGet("/api/sections").spliterator(), false)
                .filter(section -> section.get("name").asText().equals(name)).findFirst().orElseThrow()
                .get("keywords").forEach(keyword -> keywords.add(keyword.asText()));
        return keywords;
    }
}
