package dev.veille.curate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.veille.fetch.FetchRequest;
import dev.veille.fetch.FetchResult;
import dev.veille.fetch.Fetcher;
import dev.veille.model.InvalidInputException;
import dev.veille.parse.BodyCharset;
import dev.veille.process.PlainText;
import dev.veille.process.TextShortener;

/**
 * Reads a page's title and description for a link added by URL: {@code og:title} or {@code <title>},
 * {@code og:description} or the meta description. Fetched with the same limits as feeds.
 */
public final class PageInfoReader {

    private static final int MAX_DESCRIPTION = 1_000;

    private final Fetcher fetcher;

    public PageInfoReader(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    public PageInfo read(String url) {
        FetchResult result = fetcher.fetch(FetchRequest.of(url));
        if (!(result instanceof FetchResult.Fetched page)) {
            String problem = result instanceof FetchResult.Failed failed ? failed.message() : result.toString();
            throw new InvalidInputException("url: could not read the page: " + problem);
        }
        Document document = Jsoup.parse(BodyCharset.decode(page.body(), page.contentType()), page.finalUrl());
        String title = first(meta(document, "og:title"), document.title());
        String description = first(meta(document, "og:description"), meta(document, "description"));
        return new PageInfo(page.finalUrl(), clean(title, LinkRules.MAX_TITLE_LENGTH),
                clean(description, MAX_DESCRIPTION));
    }

    private static String meta(Document document, String name) {
        Element element = document.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return element == null ? null : element.attr("content");
    }

    private static String first(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    private static String clean(String text, int max) {
        String plain = text == null ? "" : PlainText.fromMarkup(text);
        return plain.isBlank() ? null : TextShortener.shorten(plain, max);
    }
}
