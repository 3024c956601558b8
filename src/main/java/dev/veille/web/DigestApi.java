package dev.veille.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

import dev.veille.curate.Months;
import dev.veille.model.Digest;
import dev.veille.model.DigestSection;
import dev.veille.model.Link;
import dev.veille.model.Tip;
import dev.veille.publish.DigestImport;
import dev.veille.publish.DigestPatch;
import dev.veille.publish.DigestService;
import dev.veille.publish.DigestView;
import dev.veille.publish.MarkdownWriter;
import dev.veille.publish.RollupRequest;
import dev.veille.publish.RollupService;

/**
 * {@code /api/digests}: each month's post, its fields, its Markdown, its release roll-ups, publishing and
 * unpublishing.
 */
final class DigestApi {

    /** The body of PATCH; sending null for title, date or tags brings back their default. */
    record PatchBody(String title, String date, String intro, Tip tip, String outro, List<String> tags) {
    }

    private final DigestService digests;
    private final RollupService rollups;
    private final DigestImport imports;
    private final MarkdownWriter markdown;
    private final Json json;
    private final ResponseCache cache;

    DigestApi(DigestService digests, RollupService rollups, DigestImport imports, MarkdownWriter markdown, Json json,
              ResponseCache cache) {
        this.digests = digests;
        this.rollups = rollups;
        this.imports = imports;
        this.markdown = markdown;
        this.json = json;
        this.cache = cache;
    }

    /** Imports a past post sent as the body (Markdown); {@code ?month=} when the post does not say it. */
    void importPost(Context ctx) {
        DigestImport.Report report = imports.importPost(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8),
                ctx.queryParam("month"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("month", report.month());
        body.put("links", report.links());
        body.put("warnings", report.warnings());
        ctx.status(201).header("Location", "/api/digests/" + report.month()).json(body);
    }

    void list(Context ctx) {
        ctx.json(digests.months());
    }

    void get(Context ctx) {
        cache.json(ctx, () -> toJson(digests.get(ctx.pathParam("month"))));
    }

    void update(Context ctx) {
        byte[] raw = ctx.bodyAsBytes();
        PatchBody body = json.read(raw, PatchBody.class);
        JsonNode tree = json.tree(raw);
        DigestPatch patch = new DigestPatch(body.title(), body.date(), body.intro(), body.tip(), body.outro(),
                body.tags(), isNull(tree, "title"), isNull(tree, "date"), isNull(tree, "tags"));
        ctx.json(toJson(digests.update(ctx.pathParam("month"), patch)));
    }

    void markdown(Context ctx) {
        String month = Months.parse("month", ctx.pathParam("month"));
        if (ctx.queryParam("download") != null) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + month + "-web-ops-data.md\"");
        }
        cache.answer(ctx, "text/markdown; charset=utf-8",
                () -> markdown.write(digests.digest(month)).getBytes(StandardCharsets.UTF_8));
    }

    /** Applies a suggested roll-up at once and answers the month as it now is, for the editor to draw. */
    void applyRollup(Context ctx) {
        String month = ctx.pathParam("month");
        rollups.apply(month, json.read(ctx.bodyAsBytes(), RollupRequest.class));
        ctx.json(toJson(digests.get(month)));
    }

    void publish(Context ctx) {
        ctx.json(toJson(digests.publish(ctx.pathParam("month"))));
    }

    void unpublish(Context ctx) {
        ctx.json(toJson(digests.unpublish(ctx.pathParam("month"))));
    }

    private Map<String, Object> toJson(DigestView view) {
        Digest d = view.digest();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("month", d.month());
        body.put("title", d.title());
        body.put("date", d.date().toString());
        body.put("intro", d.intro());
        body.put("tip", d.tip());
        body.put("outro", d.outro());
        body.put("tags", d.tags());
        body.put("status", d.status().wireName());
        body.put("publishedAt", d.publishedAt());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (DigestSection section : d.sections()) {
            List<JsonNode> links = new ArrayList<>();
            for (Link link : section.links()) {
                ObjectNode node = json.mapper().valueToTree(LinkJson.of(link));
                node.put("publishedIn", view.publishedIn().get(link.id()));
                links.add(node);
            }
            sections.add(Map.of("name", section.name(), "links", links));
        }
        body.put("sections", sections);
        body.put("rollups", digests.rollups(d.month()));
        return body;
    }

    private static boolean isNull(JsonNode tree, String field) {
        return tree.has(field) && tree.get(field).isNull();
    }
}
