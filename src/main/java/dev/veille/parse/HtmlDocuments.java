package dev.veille.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Parses HTML bytes with jsoup, giving it the HTTP charset when there is one (else jsoup reads BOM and meta). */
final class HtmlDocuments {

    private HtmlDocuments() {
    }

    static Document parse(byte[] html, String contentType, String pageUrl) {
        String charset = BodyCharset.fromContentType(contentType).map(Charset::name).orElse(null);
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), charset, pageUrl == null ? "" : pageUrl);
        } catch (IOException e) {
            // Reading from memory cannot fail; jsoup's signature is for streams in general.
            throw new UncheckedIOException(e);
        }
    }
}
