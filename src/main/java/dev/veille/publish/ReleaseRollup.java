package dev.veille.publish;

import dev.veille.model.RelatedLink;
import dev.veille.model.RollupSuggestion;
import dev.veille.store.DigestStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Suggests folding the releases of one source kept in the same month into one bullet: Grafana 6.4.0, 6.4.1 and
 * 6.4.3 become "[Grafana 6.4.0 → 6.4.3](notes of 6.4.3), [Grafana v6.4.0](…) et [Grafana v6.4.1](…)". Only a
 * suggestion: the curator decides, and nothing is changed here.
 */
public final class ReleaseRollup {

    private ReleaseRollup() {
    }

    /** The suggestions for a month's release links as the store reads them. */
    static List<RollupSuggestion> suggestFor(List<DigestStore.ReleaseLink> links) {
        return suggest(links.stream()
                .map(r -> new MonthRelease(r.linkId(), r.title(), r.url(), r.version(), r.sourceId(), r.sourceTitle()))
                .toList());
    }

    /**
     * One suggestion per source with releases of at least two different versions, in the order the sources
     * first appear; releases without a version are left alone, as they cannot be ordered.
     */
    public static List<RollupSuggestion> suggest(List<MonthRelease> releases) {
        Map<Long, List<MonthRelease>> bySource = new LinkedHashMap<>();
        for (MonthRelease release : releases) {
            if (release != null && PostText.isPresent(release.version())) {
                bySource.computeIfAbsent(release.sourceId(), id -> new ArrayList<>()).add(release);
            }
        }
        List<RollupSuggestion> suggestions = new ArrayList<>();
        for (List<MonthRelease> sourceReleases : bySource.values()) {
            List<MonthRelease> oldestFirst = new ArrayList<>(sourceReleases);
            oldestFirst.sort(Comparator.comparing(release -> release.version().strip(), VersionOrder.INSTANCE));
            MonthRelease oldest = oldestFirst.get(0);
            MonthRelease newest = oldestFirst.get(oldestFirst.size() - 1);
            if (VersionOrder.INSTANCE.compare(oldest.version().strip(), newest.version().strip()) == 0) {
                continue;
            }
            List<MonthRelease> older = oldestFirst.subList(0, oldestFirst.size() - 1);
            suggestions.add(new RollupSuggestion(
                    newest.sourceId(),
                    name(newest) + oldest.version().strip() + " → " + newest.version().strip(),
                    newest.linkId(),
                    newest.url(),
                    older.stream().map(release -> new RelatedLink(release.url(), titleOf(release))).toList(),
                    older.stream().map(MonthRelease::linkId).toList()));
        }
        return suggestions;
    }

    /** "Grafana " from the source's title, else from the newest release's title without its version. */
    private static String name(MonthRelease newest) {
        String name = PostText.line(newest.sourceTitle());
        if (name == null && newest.title() != null) {
            String version = Pattern.quote(newest.version().strip());
            name = PostText.line(newest.title().replaceAll("[vV]?" + version, ""));
        }
        return name == null ? "" : name + " ";
    }

    private static String titleOf(MonthRelease release) {
        String title = PostText.line(release.title());
        return title == null ? release.version().strip() : title;
    }
}
