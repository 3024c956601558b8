package dev.veille.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.veille.model.Item;
import dev.veille.model.ItemStatus;
import dev.veille.model.Section;
import dev.veille.store.GuessStore.FiledLink;

/** The order of the guess: source, history, keyword, category, none; each step only when the previous says nothing. */
class GuessModelTest {

    private static final List<Section> SECTIONS = List.of(
            new Section(1, "APM", 0, List.of("Jaeger")),
            new Section(2, "Cloud", 1, List.of("AWS")),
            new Section(3, "Sécurité", 2, List.of("CVE")),
            new Section(4, "Web", 3, List.of()));
    // Source 10 is filed in "cloud" (case ignored), source 11 in a section the post does not have.
    private static final Map<Long, String> SOURCES = Map.of(10L, "cloud", 11L, "Réseau");
    private static final List<FiledLink> LINKS = List.of(
            new FiledLink(4, "https://blog.acme.example/1", "One"),
            new FiledLink(4, "https://blog.acme.example/2", "Two"));

    private final GuessModel model = new GuessModel(1, SECTIONS, SOURCES, LINKS);

    @ParameterizedTest(name = "{1} from source {0} → {4} ({5})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            10 | A CVE in Jaeger          | https://blog.acme.example/3 | Sécurité   | Cloud    | source   | -
            11 | A CVE in Jaeger          | https://blog.acme.example/3 | -          | Web      | history  | blog.acme.example
            11 | A CVE in Jaeger          | https://other.example/3     | -          | Sécurité | keyword  | CVE
            11 | Nothing to see           | https://other.example/3     | securite   | Sécurité | category | securite
            11 | Nothing to see           | https://other.example/3     | Divers     | APM      | none     | -
            """)
    void triesEachStepInOrder(long source, String title, String url, String category, String section, String reason,
                              String evidence) {
        Item item = new Item(1, source, "g", url, title, "", Instant.EPOCH, Instant.EPOCH, ItemStatus.NEW,
                category == null ? List.of() : List.of(category), null, false, null);
        SectionGuess guess = model.guess(item);
        assertEquals(section, guess.section().name());
        assertEquals(reason, guess.reason().wireName());
        assertEquals(evidence, guess.evidence());
    }
}
