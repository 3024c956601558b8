package dev.veille.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # entities decoded once
            Hello &amp; welcome                                 | Hello & welcome
            Caf&#233; cr&egrave;me &#x2014; ok                  | Café crème — ok
            Tom &amp; Jerry&#39;s                               | Tom & Jerry's
            &amp;eacute;                                        | &eacute;
            x&nbsp;&nbsp;y                                      | x y
            # tags stripped, attributes and script bodies with them
            <b>Bold</b> move                                    | Bold move
            <img src=x onerror=alert(1)>                        | ""
            <img src=x onerror=alert(1)>Title                   | Title
            <script>alert(1)</script>News                       | News
            <style>p { color: red }</style>News                 | News
            <svg onload=alert(1)><circle r=1 /></svg>Icon       | Icon
            <math><mi>x</mi><mo>=</mo><mn>2</mn></math> then    | x=2 then
            <a href='javascript:alert(1)'>click</a> here        | click here
            a<!-- hidden -->b                                   | ab
            <p>One</p><p>Two</p>                                | One Two
            Line<br>break                                       | Line break
            # escaped markup is the author's text, kept as text (the UI escapes it)
            &lt;script&gt;alert(1)&lt;/script&gt;               | <script>alert(1)</script>
            &lt;img src=x onerror=alert(1)&gt;                  | <img src=x onerror=alert(1)>
            # a '<' that opens no HTML tag is text
            Support Optional<T> in records                      | Support Optional<T> in records
            List<String> and <em>more</em>                      | List<String> and more
            a < b and c > d                                     | a < b and c > d
            I <3 Java                                           | I <3 Java
            ends with <                                         | ends with <
            # whitespace collapsed, text without markup passes through
            "   spaced     out   "                              | spaced out
            Ünïcödé ✓ 🎉                                         | Ünïcödé ✓ 🎉
            ""                                                  | ""
            """)
    void turnsMarkupIntoPlainText(String markup, String expected) {
        assertEquals(expected, PlainText.fromMarkup(markup));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Optional<T>                       | Optional&lt;T>
            <b>x</b> </ b> <3                 | <b>x</b> &lt;/ b> &lt;3
            <!-- c --><?pi?></!x> <         | <!-- c --><?pi?>&lt;/!x> &lt;
            <svg><circle/></svg><circle/>     | <svg><circle/></svg>&lt;circle/>
            <SVG><Foo-1></svg></svg><foo>     | <SVG><Foo-1></svg></svg>&lt;foo>
            no tag at all                     | no tag at all
            """)
    void escapesEveryLessThanThatOpensNoKnownTag(String text, String expected) {
        assertEquals(expected, PlainText.escapeNonTags(text));
    }

    @Test
    void givesEmptyTextForNull() {
        assertEquals("", PlainText.fromMarkup(null));
    }

    @Test
    void removesNulAndControlCharacters() {
        assertEquals("abcd", PlainText.fromMarkup("a\u0000b\u0007c\u009Fd\u007F"));
        assertEquals("x y", PlainText.fromMarkup("&#1;x&#27; y"));
        // HTML decodes a NUL reference to U+FFFD, as browsers do, so no NUL gets through that way either.
        assertEquals("x\uFFFDy", PlainText.fromMarkup("x&#0;y"));
        assertEquals("<b>x", PlainText.fromMarkup("&lt;b&gt;\u0000x"));
    }

    @Test
    void turnsTabsAndLineBreaksIntoSingleSpaces() {
        assertEquals("a b c d", PlainText.fromMarkup("a\tb\nc\r\n  d"));
        assertEquals("a b", PlainText.fromMarkup("<p>a</p>\n\n\t<p>b</p>"));
    }

    @Test
    void dropsUnpairedSurrogatesButKeepsEmoji() {
        assertEquals("ab🎉", PlainText.fromMarkup("a\uD800b\uDC00🎉"));
    }

    @Test
    void boundsTheWorkOnAHugeField() {
        String huge = "<p>word</p> ".repeat(200_000);

        String text = PlainText.fromMarkup(huge);

        assertTrue(text.length() < PlainText.MAX_MARKUP_CHARS, "length " + text.length());
        assertTrue(text.startsWith("word word"));
    }

    @Test
    void neverCutsASurrogatePairWhenBounding() {
        String huge = "a" + "🎉".repeat(PlainText.MAX_MARKUP_CHARS);

        String text = PlainText.fromMarkup(huge);

        assertEquals(PlainText.MAX_MARKUP_CHARS - 1, text.length());
        assertTrue(Character.isLowSurrogate(text.charAt(text.length() - 1)));
    }

    @Test
    void oneLineCollapsesEveryKindOfSpaceAndDropsControlsBetweenThem() {
        assertEquals("a b c d", PlainText.oneLine("\u2028 a \t\n b\u00A0\u2003c \u0001 d\r\n"));
        assertEquals("ab", PlainText.oneLine("a\u000Bb"), "vertical tab and form feed are controls, not spaces");
        assertEquals("ab", PlainText.oneLine("a\fb"));
        assertEquals("a\uD83D\uDE00b", PlainText.oneLine("a\uD83D\uDE00b\uDC00"), "a pair stays, a lone half goes");
        assertEquals("", PlainText.oneLine(" \t\u0085 "));
    }

    @Test
    void aCleanLineIsReturnedAsItIs() {
        String title = "Helm 3.0.0 : la fin de Tiller";
        assertSame(title, PlainText.oneLine(title));
        assertEquals("Helm 3", PlainText.oneLine("Helm  3"));
        assertEquals("Helm 3", PlainText.oneLine(" Helm 3"));
    }
}
