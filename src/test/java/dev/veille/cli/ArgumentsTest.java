package dev.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.veille.model.Selectors;

class ArgumentsTest {

    @Test
    void separatesWordsValuesAndSwitches() {
        Arguments args = Arguments.parse(new String[] {"add", "feed", "--section", "Cloud", "--all",
                "--port=81", "https://x"}, Set.of("--section", "--port"), Set.of("--all"));
        assertEquals(List.of("add", "feed", "https://x"), args.positional());
        assertEquals("Cloud", args.value("--section"));
        assertEquals("81", args.value("--port"));
        assertTrue(args.has("--all"));
    }

    @Test
    void unknownOptionIsAnError() {
        UsageException e = assertThrows(UsageException.class,
                () -> Arguments.parse(new String[] {"--colour"}, Set.of(), Set.of()));
        assertEquals("unknown option --colour", e.getMessage());
    }

    @Test
    void missingValueIsAnError() {
        UsageException e = assertThrows(UsageException.class,
                () -> Arguments.parse(new String[] {"--section"}, Set.of("--section"), Set.of()));
        assertEquals("--section needs a value", e.getMessage());
    }

    @Test
    void selectorsMayHoldCommasInsideCss() {
        Selectors selectors = SourcesCommand.selectors(List.of("item=article, li.release,link=a[href],title=h2, h3"));
        assertEquals(new Selectors("article, li.release", "h2, h3", "a[href]", null, null), selectors);
    }

    @Test
    void unknownSelectorKeyIsAnError() {
        UsageException e = assertThrows(UsageException.class, () -> SourcesCommand.selectors(List.of("row=li")));
        assertTrue(e.getMessage().contains("keys item, title, link, date, summary"), e.getMessage());
    }
}
