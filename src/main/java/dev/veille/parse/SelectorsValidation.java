package dev.veille.parse;

import dev.veille.model.Selectors;
import java.util.Optional;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Checks a source's CSS selectors before they are stored, so a bad one is refused when the curator types it
 * (a 400) rather than at every poll. Pure: no state, no I/O.
 */
public final class SelectorsValidation {

    private SelectorsValidation() {
    }

    /** A message naming the first problem ("invalid CSS selector for item: 'div['"), or empty when all is well. */
    public static Optional<String> check(Selectors selectors) {
        if (selectors == null) {
            return Optional.of("selectors are required for a page source");
        }
        if (isBlank(selectors.item())) {
            return Optional.of("the item selector is required");
        }
        if (isBlank(selectors.link())) {
            return Optional.of("the link selector is required");
        }
        return invalid("item", selectors.item())
                .or(() -> invalid("title", selectors.title()))
                .or(() -> invalid("link", selectors.link()))
                .or(() -> invalid("date", selectors.date()))
                .or(() -> invalid("summary", selectors.summary()));
    }

    static boolean isBlank(String selector) {
        return selector == null || selector.isBlank();
    }

    static String invalidMessage(String role, String selector) {
        return "invalid CSS selector for " + role + ": '" + selector + "'";
    }

    private static Optional<String> invalid(String role, String selector) {
        if (isBlank(selector)) {
            return Optional.empty(); // optional selectors may be absent; required ones were checked above
        }
        try {
            QueryParser.parse(selector);
            return Optional.empty();
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            return Optional.of(invalidMessage(role, selector));
        }
    }
}
