package dev.veille.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.veille.model.Tip;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the reader cuts a post into intro, sections, tip and outro, and what it reports instead of dropping. */
class ReaderStructureTest {

    private final DigestMarkdownReader reader = new DigestMarkdownReader();

    @Test
    void sectionsMayBeLevelThreeHeadings() {
        ImportedDigest read = reader.read("Intro\n\n### Data\n\n- [A](a)\n\n### Ops\n\n- [B](b)\n");

        assertEquals(List.of("Data", "Ops"), read.sections().stream().map(ImportedSection::name).toList());
        assertEquals("Intro", read.intro());
    }

    @Test
    void deeperHeadingsInASectionAreReportedAndItsLinksStillRead() {
        ImportedDigest read = reader.read("## Cloud\n\n### AWS\n\n- [A](a)\n\n### GCP\n\n- [B](b)\n");

        assertEquals(List.of("a", "b"), read.sections().get(0).links().stream().map(ImportedLink::url).toList());
        assertEquals(List.of(
                "line 3: text outside any bullet in section 'Cloud' is not imported: ### AWS",
                "line 7: text outside any bullet in section 'Cloud' is not imported: ### GCP"), read.warnings());
    }

    @Test
    void textBetweenLinksIsReportedWithItsText() {
        ImportedDigest read = reader.read("## Data\n\nQuelques liens :\n\n- [A](a)\n\nEt aussi\nceci :\n\n- [B](b)\n");

        assertEquals(2, read.sections().get(0).links().size());
        assertEquals(List.of(
                "line 3: text outside any bullet in section 'Data' is not imported: Quelques liens :",
                "line 7: text outside any bullet in section 'Data' is not imported: Et aussi\nceci :"),
                read.warnings());
        assertNull(read.outro());
    }

    @Test
    void warningsComeInLineOrder() {
        ImportedDigest read = reader.read("## S\n\nDu texte\n\n- une note\n\nEncore\n\n- [A](a)\n");

        assertEquals(List.of(
                "line 3: text outside any bullet in section 'S' is not imported: Du texte",
                "line 5: a bullet without a link in section 'S' is not imported: - une note",
                "line 7: text outside any bullet in section 'S' is not imported: Encore"), read.warnings());
    }

    @Test
    void aHeadingInsideAFencedBlockIsNotASection() {
        ImportedDigest read = reader.read("""
                ## Astuce du mois : bash

                ```bash
                ## un commentaire
                echo ok
                ```
                """);

        assertEquals(List.of(), read.sections());
        assertEquals(new Tip("bash", "```bash\n## un commentaire\necho ok\n```"), read.tip());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # title, then the heading (a row may not start with "#")
            (none)  | ## Astuce du mois
            jq      | ## Astuce du mois : jq
            jq      | ## Astuce du mois: jq
            jq : -r | ## Astuce du mois - jq : -r
            jq      | ## ASTUCE DU MOIS : jq
            jq      | ### Astuce du mois : jq
            """)
    void readsTheTipHeadingWithOrWithoutATitle(String title, String heading) {
        ImportedDigest read = reader.read("## Data\n\n- [A](a)\n\n" + heading + "\n\n`jq .`\n");

        assertEquals(new Tip(title.equals("(none)") ? null : title, "`jq .`"), read.tip());
        assertEquals(1, read.sections().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # name                                   | after the last bullet                          | commentary | outro
            blank line then text                     | "\\n\\nÀ bientôt !"                             |            | À bientôt !
            several paragraphs and a list            | "\\n\\nMerci.\\n\\nÀ lire :\\n- un\\n- deux"       |            | "Merci.\\n\\nÀ lire :\\n- un\\n- deux"
            lazy line belongs to the bullet          | "\\nsuite"                                     | suite      |
            indented text after a blank line too     | "\\n\\n  suite"                                 | suite      |
            non-link bullet then text                | "\\n- note\\n\\nFin"                            |            | Fin
            nothing                                  | "\\n\\n\\n"                                     |            |
            """)
    void theOutroIsTheTextAfterTheLastLinkThatIsNotPartOfABullet(String name, String after, String commentary,
            String outro) {
        String post = "## Data\n\n- [A](a)" + after.replace("\\n", "\n") + "\n";

        ImportedDigest read = reader.read(post);

        assertEquals(unescape(commentary), read.sections().get(0).links().get(0).commentary());
        assertEquals(unescape(outro), read.outro());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # name                                      | after the tip heading                          | body                         | outro
            body and outro                              | "Body.\\n\\nBye."                               | Body.                        | Bye.
            body over blocks, then outro                | "A :\\n\\n```\\nx\\n```\\n\\nBye."               | "A :\\n\\n```\\nx\\n```"      | Bye.
            body ending with code: no outro             | "A :\\n\\n```\\nx\\n```"                         | "A :\\n\\n```\\nx\\n```"      |
            body ending with a list: no outro           | "A :\\n\\n- x\\n- y"                             | "A :\\n\\n- x\\n- y"          |
            one block is the body                       | "Bye."                                         | Bye.                         |
            two blank lines keep it in the body         | "Body.\\n\\n\\nBye."                             | "Body.\\n\\n\\nBye."           |
            outro over two paragraphs: the last one     | "Body.\\n\\nMerci.\\n\\nBye."                     | "Body.\\n\\nMerci."           | Bye.
            """)
    void afterTheTipTheOutroIsTheLastParagraph(String name, String text, String body, String outro) {
        ImportedDigest read = reader.read("## Astuce du mois : t\n\n" + text.replace("\\n", "\n") + "\n");

        assertEquals(new Tip("t", unescape(body)), read.tip());
        assertEquals(unescape(outro), read.outro());
    }

    @Test
    void aPostWithOnlyTextIsAllIntro() {
        ImportedDigest read = reader.read("---\ntitle: T\n---\n\nBonjour.\n\nÀ bientôt.\n");

        assertEquals("Bonjour.\n\nÀ bientôt.", read.intro());
        assertNull(read.outro());
        assertEquals(List.of(), read.sections());
        assertNull(read.tip());
    }

    @Test
    void anEmptyPostIsAnEmptyDigest() {
        assertEquals(new ImportedDigest(null, null, List.of(), null, List.of(), null, null, List.of()),
                reader.read(""));
        assertEquals(new ImportedDigest(null, null, List.of(), null, List.of(), null, null, List.of()),
                reader.read("---\n---\n\n\n"));
    }

    @Test
    void aTipBeforeTheSectionsKeepsAllItsText() {
        ImportedDigest read = reader.read("## Astuce du mois\n\nUn.\n\nDeux.\n\n## Data\n\n- [A](a)\n\nFin.\n");

        assertEquals(new Tip(null, "Un.\n\nDeux."), read.tip());
        assertEquals("Fin.", read.outro());
    }

    @Test
    void anEmptySectionIsKeptWithItsName() {
        ImportedDigest read = reader.read("## Vide\n\n## Data\n\n- [A](a)\n");

        assertEquals(List.of(new ImportedSection("Vide", List.of()),
                new ImportedSection("Data", List.of(new ImportedLink("a", "A", null, List.of(), null)))),
                read.sections());
    }

    private static String unescape(String text) {
        return text == null ? null : text.replace("\\n", "\n");
    }
}
