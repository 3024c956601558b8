package dev.veille.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veille.model.RelatedLink;
import dev.veille.model.Via;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the reader takes one bullet of a section, as written by Veille and as people write them by hand. */
class ReaderBulletTest {

    private final DigestMarkdownReader reader = new DigestMarkdownReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # bullet                                        | url               | title  | commentary
            - [Kafka](https://kafka.org) : la suite         | https://kafka.org | Kafka  | la suite
            * [Kafka](https://kafka.org) : la suite         | https://kafka.org | Kafka  | la suite
            + [Kafka](https://kafka.org) : la suite         | https://kafka.org | Kafka  | la suite
            1. [Kafka](https://kafka.org) : la suite        | https://kafka.org | Kafka  | la suite
            "-   [Kafka](https://kafka.org) : la suite"     | https://kafka.org | Kafka  | la suite
            # the separator before the commentary, or none
            - [Kafka](https://kafka.org): la suite          | https://kafka.org | Kafka  | la suite
            - [Kafka](https://kafka.org) - la suite         | https://kafka.org | Kafka  | la suite
            - [Kafka](https://kafka.org) – la suite         | https://kafka.org | Kafka  | la suite
            - [Kafka](https://kafka.org) — la suite         | https://kafka.org | Kafka  | la suite
            - [Kafka](https://kafka.org), la suite          | https://kafka.org | Kafka  | la suite
            - [Kafka](https://kafka.org) la suite           | https://kafka.org | Kafka  | la suite
            - [Kafka](https://kafka.org) : : deux points    | https://kafka.org | Kafka  | : deux points
            - [Kafka](https://kafka.org) : - un tiret       | https://kafka.org | Kafka  | - un tiret
            - [Kafka](https://kafka.org)                    | https://kafka.org | Kafka  |
            "- [Kafka](https://kafka.org) :   "             | https://kafka.org | Kafka  |
            # escapes and encodings undone
            - [\\[Draft\\] C:\\\\](https://x.org/a%20b%28c%29) | https://x.org/a b(c) | [Draft] C:\\ |
            - [Kafka](<https://x.org/a b>)                  | https://x.org/a b | Kafka  |
            - [Kafka](https://en.wikipedia.org/wiki/Kafka_(software)) | https://en.wikipedia.org/wiki/Kafka_(software) | Kafka |
            - [](https://x.org)                             | https://x.org     |        |
            """)
    void readsTheLinkAndItsCommentary(String bullet, String url, String title, String commentary) {
        ImportedLink link = onlyLink("## Data\n\n" + bullet + "\n");

        assertEquals(new ImportedLink(url, title, commentary, List.of(), null), link);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            - [A](a) et [B](b) : c
            - [A](a), [B](b) : c
            - [A](a), et [B](b) : c
            """)
    void readsTwoLinksInABullet(String bullet) {
        assertEquals(new ImportedLink("a", "A", "c", List.of(new RelatedLink("b", "B")), null),
                onlyLink("## S\n\n" + bullet + "\n"));
    }

    @Test
    void readsThreeLinksAndACredit() {
        ImportedLink link = onlyLink("## S\n\n- [A](a), [B](b) et [C](c) : c (via [V (le blog)](v))\n");

        assertEquals(new ImportedLink("a", "A", "c", List.of(new RelatedLink("b", "B"), new RelatedLink("c", "C")),
                new Via("V (le blog)", "v")), link);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # bullet                                           | commentary              | via title | via url
            - [A](a) (via [V](v))                              |                         | V         | v
            - [A](a) : texte (via [V](v))                      | texte                   | V         | v
            - [A](a) (via Newsletter)                          |                         | Newsletter |
            # where the writer never puts a credit, it is the commentary's own text
            - [A](a) : texte (via une API)                     | texte (via une API)     |           |
            - [A](a) : (via [V](v))                            | (via [V](v))            |           |
            - [A](a) : texte  (via [V](v))                     | texte  (via [V](v))     |           |
            - [A](a) : texte (via [ V](v))                     | texte (via [ V](v))     |           |
            - [A](a) : texte (via [V](v)) et la suite          | texte (via [V](v)) et la suite |    |
            """)
    void readsTheCreditOnlyWhereTheWriterPutsIt(String bullet, String commentary, String viaTitle, String viaUrl) {
        Via via = viaTitle == null ? null : new Via(viaTitle, viaUrl);

        assertEquals(new ImportedLink("a", "A", commentary, List.of(), via), onlyLink("## S\n\n" + bullet + "\n"));
    }

    @Test
    void readsTheCreditAtTheEndOfAMultiLineCommentary() {
        ImportedLink link = onlyLink("## S\n\n- [A](a) : un\n  deux (via [V](v))\n");

        assertEquals(new ImportedLink("a", "A", "un\ndeux", List.of(), new Via("V", "v")), link);
    }

    @Test
    void readsTheCreditOnItsOwnLineAfterACommentaryEndingInCode() {
        ImportedLink fenced = onlyLink("## S\n\n- [A](a) : voir :\n\n  ```yaml\n  a: 1\n  ```\n  (via [V](v))\n");
        ImportedLink indented = onlyLink("## S\n\n- [A](a) : voir :\n\n      a: 1\n  (via [V](v))\n");

        assertEquals(new ImportedLink("a", "A", "voir :\n\n```yaml\na: 1\n```", List.of(), new Via("V", "v")), fenced);
        assertEquals(new ImportedLink("a", "A", "voir :\n\n    a: 1", List.of(), new Via("V", "v")), indented);
    }

    @Test
    void aCreditAloneOnALineAfterTextIsCommentary() {
        ImportedLink link = onlyLink("## S\n\n- [A](a) : voir :\n  (via [V](v))\n");

        assertEquals(new ImportedLink("a", "A", "voir :\n(via [V](v))", List.of(), null), link);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # name                            | bullet and what follows                             | commentary
            indented by two                   | "- [A](a) : un\\n  deux"                            | "un\\ndeux"
            blank line inside                 | "- [A](a) : un\\n\\n  deux"                         | "un\\n\\ndeux"
            blank line with spaces inside     | "- [A](a) : un\\n   \\n  deux"                      | "un\\n\\ndeux"
            indented by four                  | "- [A](a) : un\\n    deux"                          | "un\\n  deux"
            lazy continuation                 | "- [A](a) : un\\ndeux"                              | "un\\ndeux"
            commentary on the next line       | "- [A](a)\\n  un"                                   | un
            star bullet and four-space indent | "*   [A](a) : un\\n\\n    deux"                     | "un\\n\\ndeux"
            tab indent                        | "- [A](a) : un\\n\\tdeux"                           | "un\\n  deux"
            nested list                       | "- [A](a) : un\\n  - x\\n  - y"                     | "un\\n- x\\n- y"
            code block with a blank line      | "- [A](a) : voir\\n\\n  ```\\n  a\\n\\n  b\\n  ```" | "voir\\n\\n```\\na\\n\\nb\\n```"
            """)
    void keepsAMultiLineCommentaryInItsBullet(String name, String bullet, String commentary) {
        String post = "## S\n\n" + bullet.replace("\\n", "\n").replace("\\t", "\t") + "\n\n## T\n\n- [B](b)\n";

        ImportedDigest read = reader.read(post);

        assertEquals(commentary.replace("\\n", "\n"), read.sections().get(0).links().get(0).commentary());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void aBulletWithoutALinkIsReportedWithItsText() {
        ImportedDigest read = reader.read("## S\n\n- [A](a)\n- une note\n  sur deux lignes\n- **[B](b)** : gras\n");

        assertEquals(List.of(new ImportedLink("a", "A", null, List.of(), null)), read.sections().get(0).links());
        assertEquals(List.of(
                "line 4: a bullet without a link in section 'S' is not imported: - une note\n  sur deux lignes",
                "line 6: a bullet without a link in section 'S' is not imported: - **[B](b)** : gras"),
                read.warnings());
    }

    private ImportedLink onlyLink(String post) {
        ImportedDigest read = reader.read(post);
        assertEquals(List.of(), read.warnings());
        assertEquals(1, read.sections().size());
        assertEquals(1, read.sections().get(0).links().size());
        return read.sections().get(0).links().get(0);
    }
}
