package dev.veille.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.JsonNode;

import dev.veille.testing.TestFeeds.Entry;

/** Every view on a phone (375 px wide, no horizontal scroll) and under the CSP (no violation in the console). */
class LayoutIT extends EditorTest {

    @AfterEach
    void clearDeviceMetrics() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void everyViewFitsA375PixelScreenWithoutAnyCspViolation() {
        String longWord = "https://very-long-host-name.example/" + "chemin-sans-espace-".repeat(12);
        editor.addPolledFeed("/long.xml", "Web",
                Entry.of("Un titre très long " + "sans-aucune-coupure-possible-".repeat(6), longWord, "2019-10-07T10:00:00Z"));
        JsonNode link = editor.createLink(editor.link(longWord, "Lien " + "interminable-".repeat(15), "Web", "2019-10")
                .put("commentary", "Un `code " + "tres-long-".repeat(20) + "` et du texte."));
        ((ChromeDriver) editor.browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        editor.browser.open(editor.url("/login"));
        assertFitsTheScreen("login");
        editor.submitPassword(VeilleEditor.PASSWORD);
        editor.waitForView("boite");
        editor.browser.waitUntil(driver -> !editor.browser.all(org.openqa.selenium.By.cssSelector(".item")).isEmpty());

        List<String> overflowing = new ArrayList<>();
        for (String route : List.of("", "mois/2019-10", "liens/" + link.get("id").asLong(), "sources", "rubriques",
                "ajouter", "marque-page")) {
            editor.show(route);
            if (!fits()) {
                overflowing.add(route + " (" + editor.browser.js("return document.documentElement.scrollWidth") + " px)");
            }
        }
        editor.press("?");
        if (!fits()) {
            overflowing.add("help overlay");
        }
        assertEquals(List.of(), overflowing, "views wider than the screen");
        List<String> errors = editor.browser.consoleErrors();
        assertTrue(errors.stream().noneMatch(e -> e.contains("Content Security Policy")), errors.toString());
        assertEquals(List.of(), errors);
    }

    private boolean fits() {
        return (Boolean) editor.browser.js(
                "return document.documentElement.scrollWidth <= window.innerWidth && window.innerWidth <= 375;");
    }

    private void assertFitsTheScreen(String page) {
        assertTrue(fits(), page + " is wider than the screen: "
                + editor.browser.js("return document.documentElement.scrollWidth") + " px");
    }
}
