package dev.veille.curate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.veille.model.Section;

/**
 * Scores each section by its keywords found in an item, as whole words (case and accents ignored; a keyword of
 * several words matches them in sequence). A keyword found in the title scores 3, in the summary 1, in the URL
 * 1, times its number of words: the title says what the item is about, and "Google Cloud" says more than
 * "Cloud". The highest score wins; on a tie, the section whose keyword comes first (title, then summary, then
 * URL) wins, since a title names its subject first ("Terraform 0.12 on AWS" is about Terraform); then the
 * section that comes first in the post.
 */
final class KeywordScorer {

    static final int TITLE_WEIGHT = 3;
    static final int SUMMARY_WEIGHT = 1;
    static final int URL_WEIGHT = 1;

    /** The winning section and the keyword (as the curator wrote it) that weighed most in its score. */
    record Hit(Section section, String keyword) {
    }

    private record Keyword(Section section, String text, int words) {
    }

    private static final class Score {
        final Section section;
        int points;
        long firstAt = Long.MAX_VALUE;
        String strongest;
        int strongestPoints;

        Score(Section section) {
            this.section = section;
        }

        void add(Keyword keyword, int weight, long at) {
            int gained = weight * keyword.words();
            points += gained;
            firstAt = Math.min(firstAt, at);
            if (gained > strongestPoints) {
                strongest = keyword.text();
                strongestPoints = gained;
            }
        }
    }

    private final PhraseMatcher<Keyword> matcher;

    KeywordScorer(List<Section> sections) {
        List<Map.Entry<String, Keyword>> phrases = new ArrayList<>();
        for (Section section : sections) {
            for (String keyword : section.keywords()) {
                phrases.add(Map.entry(keyword, new Keyword(section, keyword, Words.of(keyword).size())));
            }
        }
        this.matcher = new PhraseMatcher<>(phrases);
    }

    Optional<Hit> best(String title, String summary, String url) {
        Map<Long, Score> scores = new HashMap<>();
        score(scores, Words.of(title), TITLE_WEIGHT, 0);
        score(scores, Words.of(summary), SUMMARY_WEIGHT, 1);
        score(scores, Words.ofUrl(url), URL_WEIGHT, 2);
        return scores.values().stream()
                .min((a, b) -> a.points != b.points ? Integer.compare(b.points, a.points)
                        : a.firstAt != b.firstAt ? Long.compare(a.firstAt, b.firstAt)
                        : Integer.compare(a.section.position(), b.section.position()))
                .map(best -> new Hit(best.section, best.strongest));
    }

    private void score(Map<Long, Score> scores, List<String> words, int weight, int field) {
        for (PhraseMatcher.Match<Keyword> match : matcher.find(words)) {
            Keyword keyword = match.value();
            scores.computeIfAbsent(keyword.section().id(), id -> new Score(keyword.section()))
                    .add(keyword, weight, (long) field << 32 | match.position());
        }
    }
}
