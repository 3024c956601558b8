package dev.veille.web;

import java.util.List;

import io.javalin.http.Context;

import dev.veille.curate.SectionService;
import dev.veille.model.Section;

/** {@code /api/sections}: the post's sections, in order, with their keywords; add, edit, move, delete when empty. */
final class SectionApi {

    /** The body of POST and PATCH: a name, the 0-based index to move to, the keywords (each optional). */
    record SectionBody(String name, Integer position, List<String> keywords) {
    }

    private final SectionService sections;
    private final Json json;

    SectionApi(SectionService sections, Json json) {
        this.sections = sections;
        this.json = json;
    }

    void list(Context ctx) {
        ctx.json(sections.list());
    }

    void create(Context ctx) {
        SectionBody body = json.read(ctx.bodyAsBytes(), SectionBody.class);
        Section section = sections.create(body.name(), body.position(), body.keywords());
        ctx.status(201).header("Location", "/api/sections/" + section.id()).json(section);
    }

    void update(Context ctx) {
        SectionBody body = json.read(ctx.bodyAsBytes(), SectionBody.class);
        ctx.json(sections.update(PathIds.id(ctx, "section"), body.name(), body.position(),
                body.keywords()));
    }

    void delete(Context ctx) {
        sections.delete(PathIds.id(ctx, "section"));
        ctx.status(204);
    }
}
