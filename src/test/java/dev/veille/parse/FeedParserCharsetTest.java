package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedParserCharsetTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void readsLatin1DeclaredInTheXmlDeclarationAsWindows1252() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("rss-latin1-declared-in-xml.xml"), "text/xml", null);

        assertEquals("Sécurité informatique", feed.title());
        assertEquals("Sécurité : l\u2019essentiel", feed.entries().get(0).title(), "cp1252 quote, not U+0092");
    }

    @Test
    void theContentTypeCharsetWinsOverTheDefault() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("rss-latin1-declared-in-header.xml"),
                "application/rss+xml; charset=ISO-8859-1", null);

        assertEquals("Sécurité", feed.title());
        assertEquals("Déjà vu", feed.entries().get(0).title());
    }

    @Test
    void aBomIsHonouredAndNotPartOfTheText() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("rss-utf8-with-bom.xml"), null, null);

        assertEquals("Sécurité", feed.title());
        assertEquals("Ünïcödé", feed.entries().get(0).title());
    }

    @Test
    void aDeclarationClaimingUtf16OnSingleByteTextIsIgnored() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("rss-utf16-declared-but-utf8.xml"), null, null);

        assertEquals("À la une", feed.entries().get(0).title());
    }

    @Test
    void realUtf16IsRead() throws FeedParseException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                + "<rss version=\"2.0\"><channel><title>Sécurité</title></channel></rss>";
        byte[] body = xml.getBytes(StandardCharsets.UTF_16); // with a BOM

        assertEquals("Sécurité", parser.parse(body, null, null).title());
    }

    @Test
    void nulAndControlCharactersAreDroppedNotFatal() throws FeedParseException {
        String xml = "<rss version=\"2.0\"><channel><title>Nul\u0000 and\u000B form\u000C feed</title>"
                + "<item><title>ok\u0001</title><link>https://example.org/x</link></item></channel></rss>";

        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, null);

        assertEquals("Nul and form feed", feed.title());
        assertEquals("ok", feed.entries().get(0).title());
    }

    @Test
    void invalidUtf8BytesAreReplacedNotFatal() throws FeedParseException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("<rss version=\"2.0\"><channel><title>Bad ".getBytes(StandardCharsets.UTF_8));
        body.write(0xC3); // a lone lead byte
        body.writeBytes(" byte</title></channel></rss>".getBytes(StandardCharsets.UTF_8));

        ParsedFeed feed = parser.parse(body.toByteArray(), "application/xml; charset=utf-8", null);

        assertEquals("Bad \uFFFD byte", feed.title());
    }
}
