package dev.veille.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;

import dev.veille.curate.LinkPatch;
import dev.veille.curate.LinkRequest;
import dev.veille.curate.LinkService;
import dev.veille.model.Link;
import dev.veille.model.RelatedLink;
import dev.veille.model.Via;

/** {@code /api/links} and what derives from links: the tag vocabulary and the months that have links. */
final class LinkApi {

    /** The body of PATCH, typed; whether "via" was sent as null is read from the raw JSON. */
    record PatchBody(String url, String title, String commentary, String section, List<String> tags, String month,
                     Integer position, List<RelatedLink> related, Via via, Integer version) {
    }

    private final LinkService links;
    private final Json json;
    private final ResponseCache cache;

    LinkApi(LinkService links, Json json, ResponseCache cache) {
        this.links = links;
        this.json = json;
        this.cache = cache;
    }

    void list(Context ctx) {
        cache.json(ctx, () -> links.list(ctx.queryParam("month"), ctx.queryParam("section"), ctx.queryParam("q"))
                .stream().map(LinkJson::of).toList());
    }

    void create(Context ctx) {
        Link link = links.create(json.read(ctx.bodyAsBytes(), LinkRequest.class));
        ctx.status(201).header("Location", "/api/links/" + link.id()).json(LinkJson.of(link));
    }

    void get(Context ctx) {
        ctx.json(LinkJson.of(links.get(PathIds.id(ctx, "link"))));
    }

    void update(Context ctx) {
        long id = PathIds.id(ctx, "link");
        byte[] raw = ctx.bodyAsBytes();
        PatchBody body = json.read(raw, PatchBody.class);
        JsonNode tree = json.tree(raw);
        boolean clearVia = tree.has("via") && tree.get("via").isNull();
        ctx.json(LinkJson.of(links.update(id, new LinkPatch(body.url(), body.title(), body.commentary(),
                body.section(), body.tags(), body.month(), body.position(), body.related(), body.via(), clearVia,
                body.version()))));
    }

    void delete(Context ctx) {
        links.delete(PathIds.id(ctx, "link"));
        ctx.status(204);
    }

    void tags(Context ctx) {
        List<Map<String, Object>> tags = new ArrayList<>();
        links.tagCounts().forEach((tag, count) -> tags.add(Map.of("tag", tag, "count", count)));
        ctx.json(tags);
    }

    void months(Context ctx) {
        List<Map<String, Object>> months = new ArrayList<>();
        links.monthCounts().forEach((month, count) -> months.add(Map.of("month", month, "links", count)));
        ctx.json(months);
    }
}
