package dev.veille.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veille.model.RelatedLink;
import dev.veille.model.RollupSuggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseRollupTest {

    private static final String NOTES = "https://github.com/grafana/grafana/releases/tag/v";

    @Test
    void foldsTheReleasesOfOneSourceUnderTheNewest() {
        List<MonthRelease> month = List.of(
                grafana(11, "6.4.1"), grafana(12, "6.4.3"), grafana(10, "6.4.0"), grafana(13, "6.4.2"));

        assertEquals(List.of(new RollupSuggestion(7, "Grafana 6.4.0 → 6.4.3", 12, NOTES + "6.4.3",
                        List.of(new RelatedLink(NOTES + "6.4.0", "Grafana v6.4.0"),
                                new RelatedLink(NOTES + "6.4.1", "Grafana v6.4.1"),
                                new RelatedLink(NOTES + "6.4.2", "Grafana v6.4.2")),
                        List.of(10L, 11L, 13L))),
                ReleaseRollup.suggest(month));
    }

    @Test
    void ordersVersionsByValueAndPrereleasesFirst() {
        List<MonthRelease> month = List.of(grafana(1, "6.4.10"), grafana(2, "6.4.9"), grafana(3, "6.5.0-beta1"),
                grafana(4, "6.5.0"));

        RollupSuggestion suggestion = ReleaseRollup.suggest(month).get(0);

        assertEquals("Grafana 6.4.9 → 6.5.0", suggestion.title());
        assertEquals(4, suggestion.keptLinkId());
        assertEquals(List.of(2L, 1L, 3L), suggestion.foldedLinkIds());
    }

    @Test
    void suggestsNothingForASingleReleaseOrOneVersionTwice() {
        assertEquals(List.of(), ReleaseRollup.suggest(List.of(grafana(1, "6.4.0"))));
        assertEquals(List.of(), ReleaseRollup.suggest(List.of(grafana(1, "6.4.0"), grafana(2, "v6.4.0"))));
        assertEquals(List.of(), ReleaseRollup.suggest(List.of()));
    }

    @Test
    void givesOneSuggestionPerSourceInOrderOfFirstAppearance() {
        List<MonthRelease> month = List.of(
                helm(1, "3.0.0-beta.4"), grafana(2, "6.4.0"), helm(3, "3.0.0-beta.3"), grafana(4, "6.4.3"),
                new MonthRelease(5, "Traefik v2.0.2", "https://t/2.0.2", "2.0.2", 9, "Traefik"));

        List<String> titles = ReleaseRollup.suggest(month).stream().map(RollupSuggestion::title).toList();

        assertEquals(List.of("Helm 3.0.0-beta.3 → 3.0.0-beta.4", "Grafana 6.4.0 → 6.4.3"), titles);
    }

    @Test
    void leavesReleasesWithoutAVersionAlone() {
        List<MonthRelease> month = List.of(grafana(1, "6.4.0"), grafana(2, " "), grafana(3, null),
                grafana(4, "6.4.1"));

        assertEquals(List.of(1L), ReleaseRollup.suggest(month).get(0).foldedLinkIds());
    }

    @Test
    void withoutASourceTitleTheNameComesFromTheNewestReleaseTitle() {
        List<MonthRelease> month = List.of(
                new MonthRelease(1, "Telegraf v1.12.0", "u1", "1.12.0", 3, null),
                new MonthRelease(2, "Telegraf v1.12.4", "u2", "1.12.4", 3, " "),
                new MonthRelease(3, null, "u3", "1.12.2", 3, null));

        RollupSuggestion suggestion = ReleaseRollup.suggest(month).get(0);

        assertEquals("Telegraf 1.12.0 → 1.12.4", suggestion.title());
        assertEquals(List.of(new RelatedLink("u1", "Telegraf v1.12.0"), new RelatedLink("u3", "1.12.2")),
                suggestion.related());
    }

    private static MonthRelease grafana(long linkId, String version) {
        return new MonthRelease(linkId, "Grafana v" + version, NOTES + version, version, 7, "Grafana");
    }

    private static MonthRelease helm(long linkId, String version) {
        return new MonthRelease(linkId, "Helm v" + version, "https://github.com/helm/helm/releases/tag/v" + version,
                version, 8, "Helm");
    }
}
