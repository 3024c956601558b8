package dev.veille.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the curator's Markdown (CommonMark) to HTML that is safe to insert in the editor: raw HTML in the
 * text is escaped, and link and image URLs other than http(s)/mailto are dropped.
 */
public final class MarkdownHtml {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String render(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
