package dev.veille.curate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text as the guesses compare it: lower-case words without accents. In prose, dots, plus and hash signs stay
 * inside words ("node.js", "c++", "c#", "1.16") and trailing dots go ("kafka." is "kafka"); in a URL every
 * punctuation mark separates ("kubernetes.io/blog" is "kubernetes io blog").
 */
final class Words {

    private static final Pattern PROSE_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}.+#]+");
    private static final Pattern URL_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING_DOTS = Pattern.compile("\\.+$");

    private Words() {
    }

    static List<String> of(String text) {
        return split(text, PROSE_SEPARATORS);
    }

    static List<String> ofUrl(String url) {
        return split(url, URL_SEPARATORS);
    }

    /** Lower-case, accents removed ("Sécurité" is "securite"). */
    static String plain(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static List<String> split(String text, Pattern separators) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : separators.split(plain(text))) {
            String trimmed = TRAILING_DOTS.matcher(word).replaceAll("");
            if (!trimmed.isEmpty()) {
                words.add(trimmed);
            }
        }
        return words;
    }
}
