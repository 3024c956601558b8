package dev.veille.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the reader takes a post's title, date and tags: front matter in its usual spellings, or none. */
class ReaderFrontMatterTest {

    private final DigestMarkdownReader reader = new DigestMarkdownReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            title: "Web, Ops & Data - Octobre 2019"     | Web, Ops & Data - Octobre 2019
            title: Web, Ops & Data - Octobre 2019       | Web, Ops & Data - Octobre 2019
            title: 'L''astuce du mois'                  | L'astuce du mois
            title: "Les \\"guillemets\\" et \\\\"       | Les "guillemets" et \\
            title: plain # with a comment               | plain
            title: ""                                   |
            `title:`                                    |
            """)
    void readsTheTitleQuotedOrNot(String line, String title) {
        assertEquals(title, reader.read("---\n" + line + "\n---\n").title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            date: 2019-10-31                          | 2019-10-31
            date: "2019-10-31"                        | 2019-10-31
            date: 2019-10-31T08:00:00+02:00           | 2019-10-31
            date: 2019-10-31 08:00:00 +0200           | 2019-10-31
            """)
    void readsTheDayOfTheDate(String line, LocalDate date) {
        assertEquals(date, reader.read("---\n" + line + "\n---\n").date());
    }

    @Test
    void reportsADateItCannotRead() {
        ImportedDigest read = reader.read("---\ndate: le 31 octobre\n---\n");

        assertNull(read.date());
        assertEquals(List.of("line 2: date 'le 31 octobre' is not a yyyy-MM-dd date; not imported"), read.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            tags: ["kafka", "traefik", "c:\\\\temp"]          | kafka;traefik;c:\\temp
            tags: [kafka, traefik, 'l''astuce']             | kafka;traefik;l'astuce
            tags: ["a, b", "[c]"]                            | a, b;[c]
            tags: [kafka, traefik,]                          | kafka;traefik
            tags: []                                         |
            tags: kafka                                      | kafka
            tags:\\n  - kafka\\n  - "traefik"\\n- helm       | kafka;traefik;helm
            """)
    void readsTagsAsAFlowListABlockListOrOneWord(String lines, String tags) {
        List<String> expected = tags == null ? List.of() : List.of(tags.split(";"));

        ImportedDigest read = reader.read("---\n" + lines.replace("\\n", "\n") + "\n---\n");

        assertEquals(expected, read.tags());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void reportsKeysItDoesNotImport() {
        ImportedDigest read = reader.read("""
                ---
                title: T
                draft: true
                categories:
                  - veille
                ---
                """);

        assertEquals("T", read.title());
        assertEquals(List.of(
                "line 3: front matter key 'draft' is not imported: draft: true",
                "line 4: front matter key 'categories' is not imported: categories:",
                "line 5: list under front matter key 'categories' is not imported:   - veille"), read.warnings());
    }

    @Test
    void withoutFrontMatterTheTitleAndDateComeFromTheFirstLevelOneHeading() {
        ImportedDigest read = reader.read("""
                Un mot avant.

                # Web, Ops & Data - Octobre 2019

                Bonjour !

                ## Data

                - [A](a)
                """);

        assertEquals("Web, Ops & Data - Octobre 2019", read.title());
        assertEquals(LocalDate.of(2019, 10, 31), read.date());
        assertEquals("Un mot avant.\n\n\nBonjour !", read.intro());
        assertEquals(List.of(), read.tags());
    }

    @Test
    void withoutFrontMatterOrHeadingThereIsNoTitleNorDate() {
        ImportedDigest read = reader.read("Bonjour !\n\n## Data\n\n- [A](a)\n");

        assertNull(read.title());
        assertNull(read.date());
        assertEquals("Bonjour !", read.intro());
    }

    @Test
    void aHeadingWithoutAMonthGivesATitleAndNoDate() {
        ImportedDigest read = reader.read("# Ma veille\n");

        assertEquals("Ma veille", read.title());
        assertNull(read.date());
    }

    @Test
    void withFrontMatterALevelOneHeadingIsPartOfTheIntro() {
        ImportedDigest read = reader.read("---\ntitle: T\n---\n\n# Titre répété\n\nBonjour\n");

        assertEquals("T", read.title());
        assertEquals("# Titre répété\n\nBonjour", read.intro());
    }

    @Test
    void anUnclosedFrontMatterIsReadAsTextAndReported() {
        ImportedDigest read = reader.read("---\ntitle: T\n\nBonjour\n");

        assertNull(read.title());
        assertEquals("---\ntitle: T\n\nBonjour", read.intro());
        assertEquals(List.of("line 1: the front matter is never closed by a '---' line; read as text"),
                read.warnings());
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkReadTheSame() {
        String post = new String(GoldenDigests.post("octobre-2019"), java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(reader.read(post), reader.read("\uFEFF" + post.replace("\n", "\r\n")));
    }
}
