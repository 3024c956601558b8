package dev.veille.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.veille.model.Section;
import dev.veille.store.GuessStore.FiledLink;

/** The curator's past filing as evidence: by site, then by words, and never from one stray link. */
class FilingHistoryTest {

    private static final Section CLOUD = new Section(1, "Cloud", 0, List.of());
    private static final Section DATA = new Section(2, "(Big) Data", 1, List.of());
    private static final Section WEB = new Section(3, "Web", 2, List.of());
    private static final Map<Long, Section> SECTIONS = Map.of(1L, CLOUD, 2L, DATA, 3L, WEB);

    private static FiledLink link(Section section, String url, String title) {
        return new FiledLink(section.id(), url, title);
    }

    private static Optional<FilingHistory.Hit> guess(List<FiledLink> links, String title, String url) {
        return new FilingHistory(links, SECTIONS).guess(title, url);
    }

    @Test
    void twoLinksOfASiteInOneSectionAreEvidenceOneIsNot() {
        List<FiledLink> links = new ArrayList<>(List.of(link(CLOUD, "https://blog.acme.example/a", "A")));
        assertTrue(guess(links, "Something", "https://blog.acme.example/b").isEmpty(), "one stray link");
        links.add(link(CLOUD, "https://www.blog.acme.example/c", "C"));
        FilingHistory.Hit hit = guess(links, "Something", "https://blog.acme.example/b").orElseThrow();
        assertEquals(CLOUD, hit.section());
        assertEquals("blog.acme.example", hit.evidence());
    }

    @Test
    void aSiteSpreadOverSectionsSaysNothingButItsOwnersMay() {
        List<FiledLink> links = List.of(
                link(CLOUD, "https://github.example/aws/aws-cli/releases/1", "aws-cli 1"),
                link(CLOUD, "https://github.example/aws/aws-cdk/releases/2", "aws-cdk 2"),
                link(DATA, "https://github.example/apache/kafka/releases/3", "kafka 3"),
                link(DATA, "https://github.example/apache/spark/releases/4", "spark 4"),
                link(WEB, "https://github.example/mozilla/gecko/releases/5", "gecko 5"));
        assertTrue(guess(links, "Untitled", "https://github.example/someone/else").isEmpty(), "no majority");
        assertEquals(DATA, guess(links, "Untitled", "https://github.example/apache/flink").orElseThrow().section());
        assertEquals("github.example/apache", guess(links, "x", "https://github.example/apache/flink").orElseThrow().evidence());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Kafka Streams in depth                  | (Big) Data  | kafka streams
            What is new in Kafka 2.4                | -           | -
            The release of the year                 | -           | -
            Serverless patterns                     | -           | -
            """)
    void titleWordsCountWhenTheCuratorFiledThemOftenInOnePlace(String title, String section, String words) {
        List<FiledLink> links = List.of(
                link(DATA, "https://a.example/1", "Kafka Streams joins"),
                link(DATA, "https://b.example/2", "Kafka Streams and the release of 2.3"),
                link(DATA, "https://c.example/3", "Kafka Streams testing"),
                link(DATA, "https://d.example/4", "Why the release of Kafka matters"),
                link(CLOUD, "https://e.example/5", "The release of Lambda layers"),
                link(WEB, "https://f.example/6", "The release of Firefox 70"),
                link(CLOUD, "https://g.example/7", "Serverless is here"),
                link(CLOUD, "https://h.example/8", "Serverless costs"),
                link(WEB, "https://i.example/9", "Serverless front ends"));
        Optional<FilingHistory.Hit> hit = guess(links, title, "https://new.example/x");
        assertEquals(section, hit.map(h -> h.section().name()).orElse(null));
        // Kafka alone (4 links, all in Data) is one cue under the strong threshold of 5; with "streams" it is two.
        // "release" is a stop word; "serverless" is in two sections out of three: no three-quarter majority.
        if (words != null) {
            assertEquals(List.of(words.split(" ")), List.of(hit.orElseThrow().evidence().split(" ")).stream().sorted().toList());
        }
    }

    @Test
    void aLinkMovedToAnotherSectionTeachesTheNewOne() {
        List<FiledLink> now = List.of(link(WEB, "https://blog.acme.example/a", "A"),
                link(WEB, "https://blog.acme.example/b", "B"), link(CLOUD, "https://blog.acme.example/c", "C"));
        assertEquals(WEB, guess(now, "D", "https://blog.acme.example/d").orElseThrow().section(), "two thirds in Web");
    }
}
