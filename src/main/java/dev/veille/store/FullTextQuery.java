package dev.veille.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a person types into a safe FTS5 query: every word must appear, each as a prefix, so
 * "kube sécu" finds "Kubernetes security". FTS5 operators and quotes in the input are treated as text.
 */
final class FullTextQuery {

    private static final Pattern NOT_A_WORD_CHAR = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private FullTextQuery() {
    }

    /** The MATCH expression, or null when the input holds no word at all. */
    static String of(String input) {
        if (input == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : NOT_A_WORD_CHAR.split(input.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                terms.add("\"" + word + "\"*");
            }
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }
}
