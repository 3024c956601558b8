package dev.veille.curate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Suggests tags for a text: the words of the known vocabulary (every tag ever used) that appear in it, in the
 * order they appear. Matching ignores case and accents, and a hyphenated tag matches its words apart
 * ("kafka-streams" is found in "Kafka Streams").
 */
public final class TagSuggester {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}.+#]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final int MAX_SUGGESTIONS = 8;

    public List<String> suggest(String text, Collection<String> vocabulary) {
        String haystack = " " + words(text) + " ";
        Map<String, Integer> found = new HashMap<>();
        for (String tag : vocabulary) {
            String needle = words(tag);
            int at = needle.isEmpty() ? -1 : haystack.indexOf(" " + needle + " ");
            if (at >= 0) {
                found.put(tag, at);
            }
        }
        return found.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    // Lower-case words without accents, separated by single spaces; trailing dots dropped ("kafka." → "kafka").
    private static String words(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(plain.toLowerCase(Locale.ROOT))) {
            String trimmed = word.replaceAll("\\.+$", "");
            if (!trimmed.isEmpty()) {
                words.add(trimmed);
            }
        }
        return String.join(" ", words);
    }
}
