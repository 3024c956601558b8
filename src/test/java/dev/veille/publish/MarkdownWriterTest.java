package dev.veille.publish;

import static dev.veille.publish.TestLinks.digest;
import static dev.veille.publish.TestLinks.link;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veille.model.Digest;
import dev.veille.model.DigestSection;
import dev.veille.model.Link;
import dev.veille.model.RelatedLink;
import dev.veille.model.Tip;
import dev.veille.model.Via;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The writer's rules beyond the golden posts: one bullet at a time, and the edges of an almost empty digest. */
class MarkdownWriterTest {

    private static final String FRONT_MATTER = """
            ---
            title: "T"
            date: 2019-10-31
            tags: []
            ---
            """;

    private final MarkdownWriter writer = new MarkdownWriter();

    static Stream<Arguments> bullets() {
        return Stream.of(
                Arguments.of("commentary after a French colon",
                        link("https://a.org", "A", "texte"), "- [A](https://a.org) : texte"),
                Arguments.of("no commentary",
                        link("https://a.org", "A", null), "- [A](https://a.org)"),
                Arguments.of("blank commentary",
                        link("https://a.org", "A", " \r\n\t "), "- [A](https://a.org)"),
                Arguments.of("no title: the URL is the text",
                        link("https://a.org/x y", " ", null), "- [https://a.org/x y](https://a.org/x%20y)"),
                Arguments.of("no URL",
                        link(null, "A", null), "- [A]()"),
                Arguments.of("title on several lines",
                        link("https://a.org", "  A\r\nB\nC  ", null), "- [A B C](https://a.org)"),
                Arguments.of("URL trimmed, its control characters encoded",
                        link(" https://a.org/a\tb\n", "A", null), "- [A](https://a.org/a%09b)"),
                Arguments.of("commentary: CRLF, trailing spaces, blank lines around, first line's indent",
                        link("https://a.org", "A", "\r\n  \r\n   un\t \r\n  deux  \r\n\r\n"),
                        "- [A](https://a.org) : un\n    deux"),
                Arguments.of("commentary with a blank line inside: an empty line, then still indented",
                        link("https://a.org", "A", "un\n   \ndeux"), "- [A](https://a.org) : un\n\n  deux"),
                Arguments.of("related links without URL and title are skipped",
                        link("https://a.org", "A", null, Arrays.asList(new RelatedLink(" ", null), null,
                                new RelatedLink("https://b.org", "B")), null),
                        "- [A](https://a.org) et [B](https://b.org)"),
                Arguments.of("a related link without title shows its URL",
                        link("https://a.org", "A", null, List.of(new RelatedLink("https://b.org", null)), null),
                        "- [A](https://a.org) et [https://b.org](https://b.org)"),
                Arguments.of("four links",
                        link("https://a.org", "A", "c", List.of(new RelatedLink("b", "B"), new RelatedLink("c", "C"),
                                new RelatedLink("d", "D")), null),
                        "- [A](https://a.org), [B](b), [C](c) et [D](d) : c"),
                Arguments.of("credit after a multi-line commentary",
                        link("https://a.org", "A", "un\ndeux", List.of(), new Via("V", "https://v.org")),
                        "- [A](https://a.org) : un\n  deux (via [V](https://v.org))"),
                Arguments.of("credit after a commentary ending in a fenced code block: on a line of its own",
                        link("https://a.org", "A", "exemple :\n\n```yaml\na: 1\n```", List.of(),
                                new Via("V", "https://v.org")),
                        "- [A](https://a.org) : exemple :\n\n  ```yaml\n  a: 1\n  ```\n  (via [V](https://v.org))"),
                Arguments.of("credit after a commentary ending in an indented code block: on a line of its own",
                        link("https://a.org", "A", "exemple :\n\n    a: 1", List.of(), new Via("V", "https://v.org")),
                        "- [A](https://a.org) : exemple :\n\n      a: 1\n  (via [V](https://v.org))"),
                Arguments.of("credit after an unclosed fence: nowhere works, so where it always goes",
                        link("https://a.org", "A", "exemple :\n\n```\na: 1", List.of(), new Via("V", "https://v.org")),
                        "- [A](https://a.org) : exemple :\n\n  ```\n  a: 1 (via [V](https://v.org))"),
                Arguments.of("credit without a title shows its URL",
                        link("https://a.org", "A", null, List.of(), new Via(null, "https://v.org")),
                        "- [A](https://a.org) (via [https://v.org](https://v.org))"),
                Arguments.of("credit without a URL is plain text",
                        link("https://a.org", "A", "c", List.of(), new Via("Newsletter", " ")),
                        "- [A](https://a.org) : c (via Newsletter)"),
                Arguments.of("credit with neither is left out",
                        link("https://a.org", "A", "c", List.of(), new Via(" ", null)),
                        "- [A](https://a.org) : c"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bullets")
    void writesOneLinkAsOneBullet(String rule, Link link, String bullet) {
        Digest digest = digest("T", LocalDate.of(2019, 10, 31), List.of(), null,
                List.of(new DigestSection("S", List.of(link))), null, null);

        assertEquals(FRONT_MATTER + "\n## S\n\n" + bullet + "\n", writer.write(digest));
    }

    @Test
    void anEmptyDigestIsItsFrontMatter() {
        Digest empty = new Digest(null, null, null, null, null, null, null, null, null, null);

        assertEquals("---\ntitle: \"\"\ntags: []\n---\n", writer.write(empty));
    }

    @Test
    void blankTextsAndEmptySectionsLeaveNoBlock() {
        Digest digest = digest("T", LocalDate.of(2019, 10, 31), null, " \n ",
                Arrays.asList(new DigestSection("Vide", List.of()), null, new DigestSection("Nulle", null),
                        new DigestSection("Que des null", Arrays.asList((Link) null))),
                new Tip("  ", "\r\n"), "\t");

        assertEquals(FRONT_MATTER, writer.write(digest));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tips")
    void writesTheTipWithOrWithoutItsTitle(String rule, Tip tip, String block) {
        Digest digest = digest("T", LocalDate.of(2019, 10, 31), List.of(), null, List.of(), tip, null);

        assertEquals(FRONT_MATTER + "\n" + block + "\n", writer.write(digest));
    }

    static Stream<Arguments> tips() {
        return Stream.of(
                Arguments.of("title and body", new Tip("jq", "`jq .`"), "## Astuce du mois : jq\n\n`jq .`"),
                Arguments.of("body only", new Tip(null, "`jq .`"), "## Astuce du mois\n\n`jq .`"),
                Arguments.of("title only", new Tip("jq\n-r", " "), "## Astuce du mois : jq -r"));
    }

    @Test
    void sectionNamesStayOnOneLine() {
        Digest digest = digest("T", LocalDate.of(2019, 10, 31), List.of(), null,
                List.of(new DigestSection(" Time\nSeries ", List.of(link("u", "A", null)))), null, null);

        assertEquals(FRONT_MATTER + "\n## Time Series\n\n- [A](u)\n", writer.write(digest));
    }

    @Test
    void writesTheTagsAsGivenAndLeavesOutAMissingDate() {
        Digest digest = digest("T", null, Arrays.asList("b", "a", "b", "", null), null, null, null, null);

        assertEquals("---\ntitle: \"T\"\ntags: [\"b\", \"a\", \"b\", \"\"]\n---\n", writer.write(digest));
    }
}
