package dev.veille.curate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.veille.model.Item;

/**
 * Suggests tags. For a text: the words of a vocabulary that appear in it, in the order they appear. For a kept
 * item: the known tags (every tag ever used) and the default vocabulary ({@link TagVocabulary}) found in its
 * title and summary, and its feed categories that make tags ({@link CategoryTags}) — a category that also
 * appears in the text takes its place there, the others follow. Matching ignores case and accents, and a
 * hyphenated tag matches its words apart ("kafka-streams" is found in "Kafka Streams"). At most
 * {@value #MAX_SUGGESTIONS}, no repeats.
 */
public final class TagSuggester {

    static final int MAX_SUGGESTIONS = 8;

    private final TagVocabulary defaults;

    /** Suggests from the known tags only. */
    public TagSuggester() {
        this(TagVocabulary.none());
    }

    public TagSuggester(TagVocabulary defaults) {
        this.defaults = defaults;
    }

    public List<String> suggest(String text, Collection<String> vocabulary) {
        List<Map.Entry<String, String>> phrases = new ArrayList<>();
        vocabulary.forEach(tag -> phrases.add(Map.entry(tag, tag)));
        return found(text, phrases).stream().limit(MAX_SUGGESTIONS).toList();
    }

    /** The tags to prefill when {@code item} is kept; {@code sectionNames} are never suggested as tags. */
    public List<String> suggest(Item item, Collection<String> knownTags, Collection<String> sectionNames) {
        List<String> categories = CategoryTags.of(item.categories(), sectionNames);
        List<Map.Entry<String, String>> phrases = new ArrayList<>();
        knownTags.forEach(tag -> phrases.add(Map.entry(tag, tag)));
        phrases.addAll(defaults.phrases());
        categories.forEach(tag -> phrases.add(Map.entry(tag, tag)));
        Set<String> tags = new LinkedHashSet<>(found(item.title() + " " + item.summary(), phrases));
        tags.addAll(categories);
        return tags.stream().filter(LinkRules::isTag).limit(MAX_SUGGESTIONS).toList();
    }

    // Tags whose phrases appear in the text, by first appearance; at one place, in alphabetical order.
    private static List<String> found(String text, List<Map.Entry<String, String>> phrases) {
        return new PhraseMatcher<>(phrases).find(Words.of(text)).stream()
                .sorted(Comparator.<PhraseMatcher.Match<String>>comparingInt(PhraseMatcher.Match::position)
                        .thenComparing(PhraseMatcher.Match::value))
                .map(PhraseMatcher.Match::value)
                .toList();
    }
}
