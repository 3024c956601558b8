package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The sections page in a real browser: add, rename, move, and delete only when empty. */
class SectionsIT extends EditorTest {

    private List<String> storedNames() {
        return StreamSupport.stream(editor.apiGet("/api/sections").spliterator(), false)
                .map(section -> section.get("name").asText()).toList();
    }

    /** The names the page shows; the list is drawn again after each change, so rows are read after it. */
    @SuppressWarnings("unchecked")
    private List<String> shownNames() {
        return (List<String>) browser.js("return [...document.querySelectorAll('#sections li input')].map(i => i.value);");
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

    @Test
    void sectionsAreAddedRenamedMovedAndDeletedOnlyWhenEmpty() {
        editor.createLink(editor.link("https://aws.example/a", "AWS Lambda", "Cloud", "2019-10"));
        editor.login();
        editor.show("rubriques");

        browser.find(By.id("new-section")).sendKeys("Observabilité", Keys.ENTER);
        browser.waitUntil(driver -> storedNames().contains("Observabilité"));
        waitUntilShownAsStored();
        assertEquals("Observabilité", storedNames().get(storedNames().size() - 1), "added at the end");

        WebElement name = row("Observabilité").findElement(By.tagName("input"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Observabilité et APM", Keys.ENTER);
        browser.waitUntil(driver -> storedNames().contains("Observabilité et APM"));
        waitUntilShownAsStored();

        int before = storedNames().indexOf("Observabilité et APM");
        row("Observabilité et APM").findElement(By.cssSelector("[data-action='up']")).click();
        browser.waitUntil(driver -> storedNames().indexOf("Observabilité et APM") == before - 1);
        waitUntilShownAsStored();

        row("Cloud").findElement(By.cssSelector("[data-action='delete']")).click();
        browser.driver().switchTo().alert().accept();
        WebElement error = browser.visible(By.cssSelector(".view-sections .notice-error"));
        assertTrue(error.getText().contains("contient encore des liens"), error.getText());
        assertTrue(storedNames().contains("Cloud"));

        row("Observabilité et APM").findElement(By.cssSelector("[data-action='delete']")).click();
        browser.driver().switchTo().alert().accept();
        browser.waitUntil(driver -> !storedNames().contains("Observabilité et APM"));
        browser.waitUntil(driver -> browser.all(By.cssSelector("#sections li")).size() == storedNames().size());
    }
}
