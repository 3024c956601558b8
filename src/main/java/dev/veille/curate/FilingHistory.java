package dev.veille.curate;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.veille.model.Section;
import dev.veille.store.GuessStore.FiledLink;

/**
 * Where the curator filed links like this one before: counts of links per section by the link's site and by
 * the words of its title, over every link there is (a link counts in the section it is in now).
 *
 * <p>Two kinds of evidence, tried in this order, each demanding more than one stray link:
 * <ol>
 * <li>the site: the URL's host with its first path segment ("github.com/grafana"), then the host alone, when
 *   at least {@value #MIN_SITE_LINKS} links of it are in one section and that section holds at least two
 *   thirds of the site's links (github.com as a whole is in every section, so it says nothing);
 * <li>the title's words: a word is a cue for a section when at least {@value #MIN_WORD_LINKS} filed titles
 *   have it and at least three quarters of those are in that section (common words spread out and drop out).
 *   A section wins with two cues or more, or one cue from at least {@value #STRONG_WORD_LINKS} links, and only
 *   when it has at least twice the support of any other section.
 * </ol>
 */
final class FilingHistory {

    static final int MIN_SITE_LINKS = 2;
    static final int MIN_WORD_LINKS = 3;
    static final int STRONG_WORD_LINKS = 5;

    // Words of any title, in the curator's two languages, that no count should turn into a cue.
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "from", "by", "at", "is", "are",
            "how", "why", "what", "your", "you", "we", "our", "it", "its", "this", "that", "new", "now", "all",
            "release", "released", "releases", "version", "announcing", "introducing", "available", "update",
            "beta", "alpha", "rc", "ga", "v", "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et",
            "ou", "en", "au", "aux", "pour", "avec", "sur", "dans", "par", "est", "sont", "qui", "que", "quoi",
            "comment", "pourquoi", "nouveau", "nouvelle", "nouveautes", "sortie", "disponible", "vs");

    /** Counts of links per section id. */
    private static final class Counts {
        final Map<Long, Integer> bySection = new HashMap<>();
        int total;

        void add(long sectionId) {
            bySection.merge(sectionId, 1, Integer::sum);
            total++;
        }

        Map.Entry<Long, Integer> top() {
            return bySection.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        }
    }

    /** The section the history points to and what showed it: a site, or the cue words. */
    record Hit(Section section, String evidence) {
    }

    private final Map<Long, Section> sections;
    private final Map<String, Counts> bySite = new HashMap<>();
    private final Map<String, Counts> byWord = new HashMap<>();

    FilingHistory(List<FiledLink> links, Map<Long, Section> sections) {
        this.sections = sections;
        for (FiledLink link : links) {
            for (String site : sites(link.url())) {
                bySite.computeIfAbsent(site, s -> new Counts()).add(link.sectionId());
            }
            for (String word : cueWords(link.title())) {
                byWord.computeIfAbsent(word, w -> new Counts()).add(link.sectionId());
            }
        }
    }

    Optional<Hit> guess(String title, String url) {
        for (String site : sites(url)) {
            Counts counts = bySite.get(site);
            if (counts != null) {
                Map.Entry<Long, Integer> top = counts.top();
                if (top.getValue() >= MIN_SITE_LINKS && top.getValue() * 3 >= counts.total * 2
                        && sections.containsKey(top.getKey())) {
                    return Optional.of(new Hit(sections.get(top.getKey()), site));
                }
            }
        }
        return byWords(title);
    }

    private Optional<Hit> byWords(String title) {
        Map<Long, Integer> support = new HashMap<>();
        Map<Long, Integer> cues = new HashMap<>();
        Map<Long, Set<String>> cueWords = new HashMap<>();
        for (String word : cueWords(title)) {
            Counts counts = byWord.get(word);
            if (counts == null || counts.total < MIN_WORD_LINKS) {
                continue;
            }
            Map.Entry<Long, Integer> top = counts.top();
            if (top.getValue() * 4 >= counts.total * 3 && sections.containsKey(top.getKey())) {
                support.merge(top.getKey(), top.getValue(), Integer::sum);
                cues.merge(top.getKey(), 1, Integer::sum);
                cueWords.computeIfAbsent(top.getKey(), id -> new LinkedHashSet<>()).add(word);
            }
        }
        Optional<Map.Entry<Long, Integer>> best = support.entrySet().stream().max(Map.Entry.comparingByValue());
        if (best.isEmpty()) {
            return Optional.empty();
        }
        long sectionId = best.get().getKey();
        int bestSupport = best.get().getValue();
        boolean enough = cues.get(sectionId) >= 2 || bestSupport >= STRONG_WORD_LINKS;
        boolean clear = support.entrySet().stream()
                .allMatch(other -> other.getKey() == sectionId || bestSupport >= 2 * other.getValue());
        return enough && clear
                ? Optional.of(new Hit(sections.get(sectionId), String.join(" ", cueWords.get(sectionId))))
                : Optional.empty();
    }

    // Distinct words of a title worth counting: not a stop word, and with a letter (not a version number).
    private static Set<String> cueWords(String title) {
        Set<String> words = new HashSet<>();
        for (String word : Words.of(title)) {
            if (!STOP_WORDS.contains(word) && word.chars().anyMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        return words;
    }

    // The most specific first: "github.com/grafana", then "github.com"; "www." ignored. None for a bad URL.
    static List<String> sites(String url) {
        try {
            URI uri = URI.create(url == null ? "" : url.strip());
            String host = uri.getHost();
            if (host == null) {
                return List.of();
            }
            host = host.toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String[] segments = path.split("/");
            String first = segments.length > 1 ? segments[1].toLowerCase(Locale.ROOT) : "";
            return first.isEmpty() ? List.of(host) : List.of(host + "/" + first, host);
        } catch (IllegalArgumentException e) {
            return List.of(); // a URL the guess cannot read only loses this evidence
        }
    }
}
