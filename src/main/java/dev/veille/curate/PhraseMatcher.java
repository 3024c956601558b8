package dev.veille.curate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrases in a text as whole words in sequence ("gitlab ci" in "GitLab CI 12.3", not in "GitLab CIS"),
 * through {@link Words}: case and accents ignored, a hyphenated phrase matching its words apart. Each phrase
 * carries a value (a tag, a section's keyword) reported with the place of its first match. Built once, it
 * reads a text in one pass, however many phrases it holds: a phrase is only tried where its first word is.
 */
final class PhraseMatcher<T> {

    /** A phrase's value and the index of the word where it first appears. */
    record Match<T>(T value, int position) {
    }

    private record Phrase<T>(T value, List<String> words) {
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

    /** {@code phrases}: each phrase text with its value; a value may have several phrases (aliases). */
    PhraseMatcher(Collection<Map.Entry<String, T>> phrases) {
        for (Map.Entry<String, T> phrase : phrases) {
            List<String> words = Words.of(phrase.getKey());
            if (!words.isEmpty()) {
                byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>())
                        .add(new Phrase<>(phrase.getValue(), words));
            }
        }
    }

    /** Each value found in {@code words}, once, in the order of first appearance. */
    List<Match<T>> find(List<String> words) {
        Map<T, Match<T>> found = new LinkedHashMap<>();
        for (int at = 0; at < words.size(); at++) {
            for (Phrase<T> phrase : byFirstWord.getOrDefault(words.get(at), List.of())) {
                if (!found.containsKey(phrase.value()) && startsAt(words, at, phrase.words())) {
                    found.put(phrase.value(), new Match<>(phrase.value(), at));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static boolean startsAt(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 1; i < phrase.size(); i++) {
            if (!words.get(at + i).equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }
}
