package dev.veille.web;

import java.util.Map;

import io.javalin.http.Context;

import dev.veille.curate.PageInfo;
import dev.veille.curate.PageInfoReader;
import dev.veille.model.InvalidInputException;

/** Helpers of the editor: what a page says about itself, and the preview of Markdown. */
final class PageApi {

    /** The body of {@code POST /api/render}. */
    record RenderBody(String markdown) {
    }

    private final PageInfoReader pages;
    private final MarkdownHtml markdown;
    private final Json json;

    PageApi(PageInfoReader pages, MarkdownHtml markdown, Json json) {
        this.pages = pages;
        this.markdown = markdown;
        this.json = json;
    }

    void pageInfo(Context ctx) {
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("url is required");
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new InvalidInputException("url must be an absolute http(s) URL (got '" + url + "')");
        }
        PageInfo info = pages.read(url.trim());
        ctx.json(info);
    }

    void render(Context ctx) {
        RenderBody body = json.read(ctx.bodyAsBytes(), RenderBody.class);
        ctx.json(Map.of("html", markdown.render(body.markdown())));
    }
}
