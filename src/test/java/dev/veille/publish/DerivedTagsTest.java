package dev.veille.publish;

import static dev.veille.publish.TestLinks.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veille.model.DigestSection;
import dev.veille.model.Link;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedTagsTest {

    @Test
    void keepsTheOrderOfFirstAppearanceWithoutRepeats() {
        List<DigestSection> sections = List.of(
                new DigestSection("Data", List.of(tagged(1, "kafka", "streaming"), tagged(2, "kafka", "ksql"))),
                new DigestSection("Ops", List.of(tagged(1, "traefik", "kubernetes"), tagged(2, "streaming"))));

        assertEquals(List.of("kafka", "streaming", "ksql", "traefik", "kubernetes"), DerivedTags.of(sections));
    }

    @Test
    void walksLinksInPositionOrderWithinASection() {
        List<DigestSection> sections = List.of(
                new DigestSection("Ops", List.of(tagged(3, "helm"), tagged(1, "traefik"), tagged(2, "grafana"))));

        assertEquals(List.of("traefik", "grafana", "helm"), DerivedTags.of(sections));
    }

    @Test
    void sectionOrderWinsOverPositions() {
        List<DigestSection> sections = List.of(
                new DigestSection("Ops", List.of(tagged(5, "helm"))),
                new DigestSection("Data", List.of(tagged(1, "kafka"))));

        assertEquals(List.of("helm", "kafka"), DerivedTags.of(sections));
    }

    @Test
    void trimsTagsAndSkipsBlankOnes() {
        List<String> tags = new ArrayList<>(Arrays.asList(" kafka ", "", "  ", null, "kafka", "Kafka"));
        Link link = new Link(1, "https://example.org", "t", null, 0, null, tags, null, 1, List.of(), null, null, 1,
                null, null, null);

        assertEquals(List.of("kafka", "Kafka"), DerivedTags.of(List.of(new DigestSection("Data", List.of(link)))));
    }

    @Test
    void noSectionsOrNoTagsGiveNoTags() {
        Link untagged = new Link(1, "https://example.org", "t", null, 0, null, null, null, 1, null, null, null, 1,
                null, null, null);

        assertEquals(List.of(), DerivedTags.of(null));
        assertEquals(List.of(), DerivedTags.of(List.of()));
        assertEquals(List.of(), DerivedTags.of(List.of(new DigestSection("Data", List.of(untagged)))));
        assertEquals(List.of(), DerivedTags.of(List.of(new DigestSection("Data", null))));
    }
}
