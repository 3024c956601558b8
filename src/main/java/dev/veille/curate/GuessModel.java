package dev.veille.curate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.veille.model.GuessReason;
import dev.veille.model.Item;
import dev.veille.model.Section;
import dev.veille.store.GuessStore.FiledLink;

/**
 * The section guess for an item from one state of the database, trying in order: the source's section when it
 * is one of the post's; the curator's past filing ({@link FilingHistory}); the sections' keywords
 * ({@link KeywordScorer}); a feed category naming a section; else the first section. Immutable, so any
 * number of requests may share it.
 */
final class GuessModel {

    private final long revision;
    private final List<Section> sections;
    private final Map<String, Section> byName = new HashMap<>();
    private final Map<Long, String> sourceSections;
    private final FilingHistory history;
    private final KeywordScorer keywords;

    GuessModel(long revision, List<Section> sections, Map<Long, String> sourceSections, List<FiledLink> links) {
        this.revision = revision;
        this.sections = List.copyOf(sections);
        Map<Long, Section> byId = new HashMap<>();
        for (Section section : sections) {
            byName.put(Words.plain(section.name()), section);
            byId.put(section.id(), section);
        }
        this.sourceSections = Map.copyOf(sourceSections);
        this.history = new FilingHistory(links, byId);
        this.keywords = new KeywordScorer(sections);
    }

    long revision() {
        return revision;
    }

    SectionGuess guess(Item item) {
        if (sections.isEmpty()) {
            return new SectionGuess(null, GuessReason.NONE, null);
        }
        Section source = named(sourceSections.get(item.sourceId()));
        if (source != null) {
            return new SectionGuess(source, GuessReason.SOURCE, null);
        }
        Optional<FilingHistory.Hit> filed = history.guess(item.title(), item.url());
        if (filed.isPresent()) {
            return new SectionGuess(filed.get().section(), GuessReason.HISTORY, filed.get().evidence());
        }
        Optional<KeywordScorer.Hit> keyword = keywords.best(item.title(), item.summary(), item.url());
        if (keyword.isPresent()) {
            return new SectionGuess(keyword.get().section(), GuessReason.KEYWORD, keyword.get().keyword());
        }
        for (String category : item.categories()) {
            Section named = named(category);
            if (named != null) {
                return new SectionGuess(named, GuessReason.CATEGORY, category);
            }
        }
        return new SectionGuess(sections.get(0), GuessReason.NONE, null);
    }

    // Section names compare ignoring case, as everywhere in Veille, and accents ("Securite" is "Sécurité").
    private Section named(String name) {
        return name == null ? null : byName.get(Words.plain(name.strip()));
    }
}
