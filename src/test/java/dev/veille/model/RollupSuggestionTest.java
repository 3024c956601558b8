package dev.veille.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RollupSuggestionTest {

    private static final RelatedLink V640 = new RelatedLink("https://github.com/g/g/releases/tag/v6.4.0", "v6.4.0");
    private static final RelatedLink V641 = new RelatedLink("https://github.com/g/g/releases/tag/v6.4.1", "v6.4.1");
    private static final RollupSuggestion GRAFANA = new RollupSuggestion(7, "Grafana 6.4.0 → 6.4.3", 12,
            "https://github.com/g/g/releases/tag/v6.4.3", List.of(V640, V641), List.of(10L, 11L));

    @Test
    void theOlderReleasesComeFirstThenTheKeptLinksOwnRelatedLinks() {
        RelatedLink post = new RelatedLink("https://grafana.com/blog/6-4", "Le billet");
        RelatedLink talk = new RelatedLink("https://grafana.com/talk", "La conférence");

        assertEquals(List.of(V640, V641, post, talk), GRAFANA.relatedWith(List.of(post, talk)));
    }

    @Test
    void aRelatedLinkAlreadyAmongTheReleasesIsNotRepeated() {
        RelatedLink sameUrl = new RelatedLink(V641.url(), "Notes de 6.4.1");

        assertEquals(List.of(V640, V641), GRAFANA.relatedWith(List.of(sameUrl)));
        assertEquals(List.of(V640, V641), GRAFANA.relatedWith(List.of()));
    }
}
